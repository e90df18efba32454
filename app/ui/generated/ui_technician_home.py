# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'technician_home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_TechnicianHomeForm(object):
    def setupUi(self, TechnicianHomeForm):
        if not TechnicianHomeForm.objectName():
            TechnicianHomeForm.setObjectName(u"TechnicianHomeForm")
        self.rootLayout = QVBoxLayout(TechnicianHomeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TechnicianHomeForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.updatedLabel = QLabel(TechnicianHomeForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.jobsView = QTableView(TechnicianHomeForm)
        self.jobsView.setObjectName(u"jobsView")
        self.jobsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobsView.setAlternatingRowColors(True)
        self.jobsView.setWordWrap(False)

        self.rootLayout.addWidget(self.jobsView)

        self.actionErrorLabel = QLabel(TechnicianHomeForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)
        self.actionErrorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.actionErrorLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.openCaseButton = QPushButton(TechnicianHomeForm)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.actionsLayout.addWidget(self.openCaseButton)

        self.openJobButton = QPushButton(TechnicianHomeForm)
        self.openJobButton.setObjectName(u"openJobButton")
        self.openJobButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.openJobButton)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.spacer2)

        self.startButton = QPushButton(TechnicianHomeForm)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.startButton)

        self.pauseReasonCombo = QComboBox(TechnicianHomeForm)
        self.pauseReasonCombo.setObjectName(u"pauseReasonCombo")

        self.actionsLayout.addWidget(self.pauseReasonCombo)

        self.pauseButton = QPushButton(TechnicianHomeForm)
        self.pauseButton.setObjectName(u"pauseButton")

        self.actionsLayout.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(TechnicianHomeForm)
        self.resumeButton.setObjectName(u"resumeButton")

        self.actionsLayout.addWidget(self.resumeButton)

        self.finishButton = QPushButton(TechnicianHomeForm)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.finishButton)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(TechnicianHomeForm)

        QMetaObject.connectSlotsByName(TechnicianHomeForm)
    # setupUi

    def retranslateUi(self, TechnicianHomeForm):
        TechnicianHomeForm.setWindowTitle(QCoreApplication.translate("TechnicianHomeForm", u"Technician", None))
        self.titleLabel.setText(QCoreApplication.translate("TechnicianHomeForm", u"My jobs", None))
        self.openCaseButton.setText(QCoreApplication.translate("TechnicianHomeForm", u"Open case", None))
        self.openJobButton.setText(QCoreApplication.translate("TechnicianHomeForm", u"Open job", None))
        self.startButton.setText(QCoreApplication.translate("TechnicianHomeForm", u"Start", None))
        self.pauseButton.setText(QCoreApplication.translate("TechnicianHomeForm", u"Pause", None))
        self.resumeButton.setText(QCoreApplication.translate("TechnicianHomeForm", u"Resume", None))
        self.finishButton.setText(QCoreApplication.translate("TechnicianHomeForm", u"Finish", None))
    # retranslateUi

