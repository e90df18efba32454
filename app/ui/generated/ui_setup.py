# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_SetupForm(object):
    def setupUi(self, SetupForm):
        if not SetupForm.objectName():
            SetupForm.setObjectName(u"SetupForm")
        self.rootLayout = QVBoxLayout(SetupForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.titleLabel = QLabel(SetupForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SetupForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.dealerGroup = QGroupBox(SetupForm)
        self.dealerGroup.setObjectName(u"dealerGroup")
        self.dealerLayout = QVBoxLayout(self.dealerGroup)
        self.dealerLayout.setObjectName(u"dealerLayout")
        self.dealerForm = QFormLayout()
        self.dealerForm.setObjectName(u"dealerForm")
        self.dealerCodeLabel = QLabel(self.dealerGroup)
        self.dealerCodeLabel.setObjectName(u"dealerCodeLabel")

        self.dealerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dealerCodeLabel)

        self.dealerCodeEdit = QLineEdit(self.dealerGroup)
        self.dealerCodeEdit.setObjectName(u"dealerCodeEdit")
        self.dealerCodeEdit.setMaxLength(8)

        self.dealerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dealerCodeEdit)

        self.dealerNameLabel = QLabel(self.dealerGroup)
        self.dealerNameLabel.setObjectName(u"dealerNameLabel")

        self.dealerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dealerNameLabel)

        self.dealerNameEdit = QLineEdit(self.dealerGroup)
        self.dealerNameEdit.setObjectName(u"dealerNameEdit")

        self.dealerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dealerNameEdit)

        self.workstationNameLabel = QLabel(self.dealerGroup)
        self.workstationNameLabel.setObjectName(u"workstationNameLabel")

        self.dealerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.workstationNameLabel)

        self.workstationNameEdit = QLineEdit(self.dealerGroup)
        self.workstationNameEdit.setObjectName(u"workstationNameEdit")

        self.dealerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.workstationNameEdit)

        self.adminNameLabel = QLabel(self.dealerGroup)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.dealerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminNameEdit = QLineEdit(self.dealerGroup)
        self.adminNameEdit.setObjectName(u"adminNameEdit")

        self.dealerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.adminPinLabel = QLabel(self.dealerGroup)
        self.adminPinLabel.setObjectName(u"adminPinLabel")

        self.dealerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.adminPinLabel)

        self.adminPinEdit = QLineEdit(self.dealerGroup)
        self.adminPinEdit.setObjectName(u"adminPinEdit")
        self.adminPinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.adminPinEdit.setMaxLength(8)

        self.dealerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.adminPinEdit)

        self.adminPinConfirmLabel = QLabel(self.dealerGroup)
        self.adminPinConfirmLabel.setObjectName(u"adminPinConfirmLabel")

        self.dealerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.adminPinConfirmLabel)

        self.adminPinConfirmEdit = QLineEdit(self.dealerGroup)
        self.adminPinConfirmEdit.setObjectName(u"adminPinConfirmEdit")
        self.adminPinConfirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.adminPinConfirmEdit.setMaxLength(8)

        self.dealerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.adminPinConfirmEdit)


        self.dealerLayout.addLayout(self.dealerForm)

        self.setupErrorLabel = QLabel(self.dealerGroup)
        self.setupErrorLabel.setObjectName(u"setupErrorLabel")
        self.setupErrorLabel.setText(u"")
        self.setupErrorLabel.setWordWrap(True)
        self.setupErrorLabel.setProperty(u"role", u"error")

        self.dealerLayout.addWidget(self.setupErrorLabel)

        self.createDealerButton = QPushButton(self.dealerGroup)
        self.createDealerButton.setObjectName(u"createDealerButton")
        self.createDealerButton.setProperty(u"role", u"primary")

        self.dealerLayout.addWidget(self.createDealerButton)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dealerLayout.addItem(self.spacer1)


        self.columnsLayout.addWidget(self.dealerGroup)

        self.demoGroup = QGroupBox(SetupForm)
        self.demoGroup.setObjectName(u"demoGroup")
        self.demoLayout = QVBoxLayout(self.demoGroup)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoIntroLabel = QLabel(self.demoGroup)
        self.demoIntroLabel.setObjectName(u"demoIntroLabel")
        self.demoIntroLabel.setWordWrap(True)

        self.demoLayout.addWidget(self.demoIntroLabel)

        self.createDemoButton = QPushButton(self.demoGroup)
        self.createDemoButton.setObjectName(u"createDemoButton")

        self.demoLayout.addWidget(self.createDemoButton)

        self.demoProgress = QProgressBar(self.demoGroup)
        self.demoProgress.setObjectName(u"demoProgress")
        self.demoProgress.setValue(0)

        self.demoLayout.addWidget(self.demoProgress)

        self.demoStatusLabel = QLabel(self.demoGroup)
        self.demoStatusLabel.setObjectName(u"demoStatusLabel")
        self.demoStatusLabel.setText(u"")
        self.demoStatusLabel.setWordWrap(True)

        self.demoLayout.addWidget(self.demoStatusLabel)

        self.demoLoginsView = QTableView(self.demoGroup)
        self.demoLoginsView.setObjectName(u"demoLoginsView")
        self.demoLoginsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demoLoginsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demoLoginsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demoLoginsView.setAlternatingRowColors(True)
        self.demoLoginsView.setWordWrap(False)

        self.demoLayout.addWidget(self.demoLoginsView)

        self.continueButton = QPushButton(self.demoGroup)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setProperty(u"role", u"primary")

        self.demoLayout.addWidget(self.continueButton)

        self.demoSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.demoLayout.addItem(self.demoSpacer)


        self.columnsLayout.addWidget(self.demoGroup)


        self.rootLayout.addLayout(self.columnsLayout)


        self.retranslateUi(SetupForm)

        self.createDealerButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupForm)
    # setupUi

    def retranslateUi(self, SetupForm):
        SetupForm.setWindowTitle(QCoreApplication.translate("SetupForm", u"First start", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupForm", u"Welcome to ServiceBay", None))
        self.introLabel.setText(QCoreApplication.translate("SetupForm", u"This workstation has no dealer yet. Set up your dealer, or try the demo workshop first.", None))
        self.dealerGroup.setTitle(QCoreApplication.translate("SetupForm", u"Set up a real dealer", None))
        self.dealerCodeLabel.setText(QCoreApplication.translate("SetupForm", u"Dealer code", None))
        self.dealerCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupForm", u"e.g. SZ01", None))
        self.dealerNameLabel.setText(QCoreApplication.translate("SetupForm", u"Dealer name", None))
        self.workstationNameLabel.setText(QCoreApplication.translate("SetupForm", u"Workstation name", None))
        self.workstationNameEdit.setPlaceholderText(QCoreApplication.translate("SetupForm", u"e.g. Service desk 1", None))
        self.adminNameLabel.setText(QCoreApplication.translate("SetupForm", u"Administrator name", None))
        self.adminPinLabel.setText(QCoreApplication.translate("SetupForm", u"Administrator PIN", None))
        self.adminPinEdit.setPlaceholderText(QCoreApplication.translate("SetupForm", u"4 to 8 digits", None))
        self.adminPinConfirmLabel.setText(QCoreApplication.translate("SetupForm", u"Repeat the PIN", None))
        self.createDealerButton.setText(QCoreApplication.translate("SetupForm", u"Create dealer", None))
        self.demoGroup.setTitle(QCoreApplication.translate("SetupForm", u"Demo workshop", None))
        self.demoIntroLabel.setText(QCoreApplication.translate("SetupForm", u"Creates a demo dealer with staff in every role and cases in every state, so you can look around. The logins are shown when it is ready.", None))
        self.createDemoButton.setText(QCoreApplication.translate("SetupForm", u"Create the demo workshop", None))
        self.continueButton.setText(QCoreApplication.translate("SetupForm", u"Continue to login", None))
    # retranslateUi

