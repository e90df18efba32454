# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_steps.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_KeyStepsForm(object):
    def setupUi(self, KeyStepsForm):
        if not KeyStepsForm.objectName():
            KeyStepsForm.setObjectName(u"KeyStepsForm")
        self.rootLayout = QVBoxLayout(KeyStepsForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(KeyStepsForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(KeyStepsForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.caseLabel = QLabel(KeyStepsForm)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setText(u"")
        self.caseLabel.setProperty(u"role", u"section")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.caseLabel.sizePolicy().hasHeightForWidth())
        self.caseLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.caseLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.consentGroup = QGroupBox(KeyStepsForm)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QGridLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentLabel = QLabel(self.consentGroup)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setText(u"")
        self.consentLabel.setWordWrap(True)

        self.consentLayout.addWidget(self.consentLabel, 0, 0, 1, 3)

        self.consentMethodCombo = QComboBox(self.consentGroup)
        self.consentMethodCombo.setObjectName(u"consentMethodCombo")

        self.consentLayout.addWidget(self.consentMethodCombo, 1, 0, 1, 1)

        self.consentYesButton = QPushButton(self.consentGroup)
        self.consentYesButton.setObjectName(u"consentYesButton")

        self.consentLayout.addWidget(self.consentYesButton, 1, 1, 1, 1)

        self.consentNoButton = QPushButton(self.consentGroup)
        self.consentNoButton.setObjectName(u"consentNoButton")

        self.consentLayout.addWidget(self.consentNoButton, 1, 2, 1, 1)


        self.leftLayout.addWidget(self.consentGroup)

        self.stepGroup = QGroupBox(KeyStepsForm)
        self.stepGroup.setObjectName(u"stepGroup")
        self.stepLayout = QGridLayout(self.stepGroup)
        self.stepLayout.setObjectName(u"stepLayout")
        self.lineCombo = QComboBox(self.stepGroup)
        self.lineCombo.setObjectName(u"lineCombo")

        self.stepLayout.addWidget(self.lineCombo, 0, 0, 1, 2)

        self.titleEdit = QLineEdit(self.stepGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.stepLayout.addWidget(self.titleEdit, 1, 0, 1, 1)

        self.addStepButton = QPushButton(self.stepGroup)
        self.addStepButton.setObjectName(u"addStepButton")

        self.stepLayout.addWidget(self.addStepButton, 1, 1, 1, 1)


        self.leftLayout.addWidget(self.stepGroup)

        self.stepsList = QListWidget(KeyStepsForm)
        self.stepsList.setObjectName(u"stepsList")
        self.stepsList.setIconSize(QSize(96, 72))
        self.stepsList.setWordWrap(True)

        self.leftLayout.addWidget(self.stepsList)

        self.actionErrorLabel = QLabel(KeyStepsForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.actionErrorLabel)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.cameraHintLabel = QLabel(KeyStepsForm)
        self.cameraHintLabel.setObjectName(u"cameraHintLabel")
        self.cameraHintLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.cameraHintLabel)

        self.cameraHost = QWidget(KeyStepsForm)
        self.cameraHost.setObjectName(u"cameraHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.cameraHost.sizePolicy().hasHeightForWidth())
        self.cameraHost.setSizePolicy(sizePolicy1)
        self.cameraHostLayout = QVBoxLayout(self.cameraHost)
        self.cameraHostLayout.setObjectName(u"cameraHostLayout")
        self.cameraHostLayout.setContentsMargins(0, 0, 0, 0)

        self.rightLayout.addWidget(self.cameraHost)


        self.columnsLayout.addLayout(self.rightLayout)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)

        self.rootLayout.addLayout(self.columnsLayout)


        self.retranslateUi(KeyStepsForm)

        QMetaObject.connectSlotsByName(KeyStepsForm)
    # setupUi

    def retranslateUi(self, KeyStepsForm):
        KeyStepsForm.setWindowTitle(QCoreApplication.translate("KeyStepsForm", u"Key steps", None))
        self.backButton.setText(QCoreApplication.translate("KeyStepsForm", u"Back", None))
        self.titleLabel.setText(QCoreApplication.translate("KeyStepsForm", u"Key steps (W3)", None))
        self.consentGroup.setTitle(QCoreApplication.translate("KeyStepsForm", u"Customer's consent to photos and video", None))
        self.consentYesButton.setText(QCoreApplication.translate("KeyStepsForm", u"Customer agrees", None))
        self.consentNoButton.setText(QCoreApplication.translate("KeyStepsForm", u"Customer refuses", None))
        self.stepGroup.setTitle(QCoreApplication.translate("KeyStepsForm", u"New key step", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("KeyStepsForm", u"What is done (e.g. caliper removed)", None))
        self.addStepButton.setText(QCoreApplication.translate("KeyStepsForm", u"Record step", None))
        self.cameraHintLabel.setText(QCoreApplication.translate("KeyStepsForm", u"Bay camera: photos and video go to the selected step.", None))
    # retranslateUi

