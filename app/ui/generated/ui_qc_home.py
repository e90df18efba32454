# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'qc_home.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_QcHomeForm(object):
    def setupUi(self, QcHomeForm):
        if not QcHomeForm.objectName():
            QcHomeForm.setObjectName(u"QcHomeForm")
        self.rootLayout = QVBoxLayout(QcHomeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(QcHomeForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.updatedLabel = QLabel(QcHomeForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.qcView = QTableView(QcHomeForm)
        self.qcView.setObjectName(u"qcView")
        self.qcView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.qcView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.qcView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.qcView.setAlternatingRowColors(True)
        self.qcView.setWordWrap(False)

        self.columnsLayout.addWidget(self.qcView)

        self.checklistGroup = QGroupBox(QcHomeForm)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistLayout = QVBoxLayout(self.checklistGroup)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.selectedCaseLabel = QLabel(self.checklistGroup)
        self.selectedCaseLabel.setObjectName(u"selectedCaseLabel")
        self.selectedCaseLabel.setText(u"")
        self.selectedCaseLabel.setProperty(u"role", u"section")

        self.checklistLayout.addWidget(self.selectedCaseLabel)

        self.faultResolvedCheck = QCheckBox(self.checklistGroup)
        self.faultResolvedCheck.setObjectName(u"faultResolvedCheck")

        self.checklistLayout.addWidget(self.faultResolvedCheck)

        self.partsSecureCheck = QCheckBox(self.checklistGroup)
        self.partsSecureCheck.setObjectName(u"partsSecureCheck")

        self.checklistLayout.addWidget(self.partsSecureCheck)

        self.torqueCheck = QCheckBox(self.checklistGroup)
        self.torqueCheck.setObjectName(u"torqueCheck")

        self.checklistLayout.addWidget(self.torqueCheck)

        self.wiringCheck = QCheckBox(self.checklistGroup)
        self.wiringCheck.setObjectName(u"wiringCheck")

        self.checklistLayout.addWidget(self.wiringCheck)

        self.cleanCheck = QCheckBox(self.checklistGroup)
        self.cleanCheck.setObjectName(u"cleanCheck")

        self.checklistLayout.addWidget(self.cleanCheck)

        self.notesEdit = QLineEdit(self.checklistGroup)
        self.notesEdit.setObjectName(u"notesEdit")

        self.checklistLayout.addWidget(self.notesEdit)

        self.actionErrorLabel = QLabel(self.checklistGroup)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)
        self.actionErrorLabel.setProperty(u"role", u"error")

        self.checklistLayout.addWidget(self.actionErrorLabel)

        self.checklistSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checklistLayout.addItem(self.checklistSpacer)

        self.qcButtons = QHBoxLayout()
        self.qcButtons.setObjectName(u"qcButtons")
        self.openCaseButton = QPushButton(self.checklistGroup)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.qcButtons.addWidget(self.openCaseButton)

        self.failButton = QPushButton(self.checklistGroup)
        self.failButton.setObjectName(u"failButton")
        self.failButton.setProperty(u"role", u"danger")

        self.qcButtons.addWidget(self.failButton)

        self.passButton = QPushButton(self.checklistGroup)
        self.passButton.setObjectName(u"passButton")
        self.passButton.setProperty(u"role", u"primary")

        self.qcButtons.addWidget(self.passButton)


        self.checklistLayout.addLayout(self.qcButtons)


        self.columnsLayout.addWidget(self.checklistGroup)

        self.columnsLayout.setStretch(0, 4)
        self.columnsLayout.setStretch(1, 3)

        self.rootLayout.addLayout(self.columnsLayout)


        self.retranslateUi(QcHomeForm)

        QMetaObject.connectSlotsByName(QcHomeForm)
    # setupUi

    def retranslateUi(self, QcHomeForm):
        QcHomeForm.setWindowTitle(QCoreApplication.translate("QcHomeForm", u"QC inspection", None))
        self.titleLabel.setText(QCoreApplication.translate("QcHomeForm", u"Waiting for QC", None))
        self.checklistGroup.setTitle(QCoreApplication.translate("QcHomeForm", u"Quick fail: tick the checks that failed (D1)", None))
        self.faultResolvedCheck.setText(QCoreApplication.translate("QcHomeForm", u"Fault fully resolved (noise gone, functions normal)", None))
        self.partsSecureCheck.setText(QCoreApplication.translate("QcHomeForm", u"Parts installed firmly", None))
        self.torqueCheck.setText(QCoreApplication.translate("QcHomeForm", u"Bolt torque to spec", None))
        self.wiringCheck.setText(QCoreApplication.translate("QcHomeForm", u"No loose wiring", None))
        self.cleanCheck.setText(QCoreApplication.translate("QcHomeForm", u"Clean (oil and marks from the work removed)", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("QcHomeForm", u"Why they failed (required for a fail)", None))
        self.openCaseButton.setText(QCoreApplication.translate("QcHomeForm", u"Open case", None))
        self.failButton.setText(QCoreApplication.translate("QcHomeForm", u"QC failed: rework", None))
        self.passButton.setText(QCoreApplication.translate("QcHomeForm", u"Inspect and pass\u2026", None))
    # retranslateUi

