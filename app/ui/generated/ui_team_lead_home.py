# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_lead_home.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_TeamLeadHomeForm(object):
    def setupUi(self, TeamLeadHomeForm):
        if not TeamLeadHomeForm.objectName():
            TeamLeadHomeForm.setObjectName(u"TeamLeadHomeForm")
        self.rootLayout = QVBoxLayout(TeamLeadHomeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TeamLeadHomeForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.boardButton = QPushButton(TeamLeadHomeForm)
        self.boardButton.setObjectName(u"boardButton")
        self.boardButton.setProperty(u"role", u"primary")

        self.headerLayout.addWidget(self.boardButton)

        self.updatedLabel = QLabel(TeamLeadHomeForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.waitingLabel = QLabel(TeamLeadHomeForm)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.waitingLabel)

        self.waitingView = QTableView(TeamLeadHomeForm)
        self.waitingView.setObjectName(u"waitingView")
        self.waitingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waitingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waitingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waitingView.setAlternatingRowColors(True)
        self.waitingView.setWordWrap(False)

        self.rootLayout.addWidget(self.waitingView)

        self.techniciansLabel = QLabel(TeamLeadHomeForm)
        self.techniciansLabel.setObjectName(u"techniciansLabel")
        self.techniciansLabel.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.techniciansLabel)

        self.techniciansView = QTableView(TeamLeadHomeForm)
        self.techniciansView.setObjectName(u"techniciansView")
        self.techniciansView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.techniciansView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.techniciansView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.techniciansView.setAlternatingRowColors(True)
        self.techniciansView.setWordWrap(False)

        self.rootLayout.addWidget(self.techniciansView)

        self.actionErrorLabel = QLabel(TeamLeadHomeForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)
        self.actionErrorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.actionErrorLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.openCaseButton = QPushButton(TeamLeadHomeForm)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.actionsLayout.addWidget(self.openCaseButton)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.spacer2)

        self.difficultyLabel = QLabel(TeamLeadHomeForm)
        self.difficultyLabel.setObjectName(u"difficultyLabel")

        self.actionsLayout.addWidget(self.difficultyLabel)

        self.difficultySpin = QSpinBox(TeamLeadHomeForm)
        self.difficultySpin.setObjectName(u"difficultySpin")
        self.difficultySpin.setMinimum(1)
        self.difficultySpin.setMaximum(5)
        self.difficultySpin.setValue(1)

        self.actionsLayout.addWidget(self.difficultySpin)

        self.dispatchButton = QPushButton(TeamLeadHomeForm)
        self.dispatchButton.setObjectName(u"dispatchButton")
        self.dispatchButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.dispatchButton)

        self.assignButton = QPushButton(TeamLeadHomeForm)
        self.assignButton.setObjectName(u"assignButton")
        self.assignButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.assignButton)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(TeamLeadHomeForm)

        QMetaObject.connectSlotsByName(TeamLeadHomeForm)
    # setupUi

    def retranslateUi(self, TeamLeadHomeForm):
        TeamLeadHomeForm.setWindowTitle(QCoreApplication.translate("TeamLeadHomeForm", u"Team lead", None))
        self.titleLabel.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Dispatch", None))
        self.boardButton.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Open dispatch board", None))
        self.waitingLabel.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Confirmed cases waiting for dispatch", None))
        self.techniciansLabel.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Technicians and their load", None))
        self.openCaseButton.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Open case", None))
        self.difficultyLabel.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Difficulty", None))
        self.dispatchButton.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Dispatch", None))
        self.assignButton.setText(QCoreApplication.translate("TeamLeadHomeForm", u"Assign to technician", None))
    # retranslateUi

