# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_LoginForm(object):
    def setupUi(self, LoginForm):
        if not LoginForm.objectName():
            LoginForm.setObjectName(u"LoginForm")
        self.rootLayout = QVBoxLayout(LoginForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(LoginForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)


        self.rootLayout.addLayout(self.headerLayout)

        self.loginStack = QStackedWidget(LoginForm)
        self.loginStack.setObjectName(u"loginStack")
        self.staffPage = QWidget()
        self.staffPage.setObjectName(u"staffPage")
        self.staffPageLayout = QVBoxLayout(self.staffPage)
        self.staffPageLayout.setObjectName(u"staffPageLayout")
        self.staffHintLabel = QLabel(self.staffPage)
        self.staffHintLabel.setObjectName(u"staffHintLabel")

        self.staffPageLayout.addWidget(self.staffHintLabel)

        self.staffScroll = QScrollArea(self.staffPage)
        self.staffScroll.setObjectName(u"staffScroll")
        self.staffScroll.setWidgetResizable(True)
        self.staffScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.staffTiles = QWidget()
        self.staffTiles.setObjectName(u"staffTiles")
        self.staffGrid = QGridLayout(self.staffTiles)
        self.staffGrid.setSpacing(16)
        self.staffGrid.setObjectName(u"staffGrid")
        self.staffScroll.setWidget(self.staffTiles)

        self.staffPageLayout.addWidget(self.staffScroll)

        self.loginStack.addWidget(self.staffPage)
        self.pinPage = QWidget()
        self.pinPage.setObjectName(u"pinPage")
        self.pinPageLayout = QHBoxLayout(self.pinPage)
        self.pinPageLayout.setObjectName(u"pinPageLayout")
        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinPageLayout.addItem(self.spacer2)

        self.pinColumn = QVBoxLayout()
        self.pinColumn.setObjectName(u"pinColumn")
        self.selectedStaffLabel = QLabel(self.pinPage)
        self.selectedStaffLabel.setObjectName(u"selectedStaffLabel")
        self.selectedStaffLabel.setText(u"")
        self.selectedStaffLabel.setProperty(u"role", u"section")

        self.pinColumn.addWidget(self.selectedStaffLabel)

        self.pinEdit = QLineEdit(self.pinPage)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(8)
        self.pinEdit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinEdit.setProperty(u"role", u"pin")

        self.pinColumn.addWidget(self.pinEdit)

        self.pinErrorLabel = QLabel(self.pinPage)
        self.pinErrorLabel.setObjectName(u"pinErrorLabel")
        self.pinErrorLabel.setText(u"")
        self.pinErrorLabel.setWordWrap(True)
        self.pinErrorLabel.setProperty(u"role", u"error")

        self.pinColumn.addWidget(self.pinErrorLabel)

        self.keypad = QGridLayout()
        self.keypad.setSpacing(10)
        self.keypad.setObjectName(u"keypad")
        self.key1 = QPushButton(self.pinPage)
        self.key1.setObjectName(u"key1")
        self.key1.setText(u"1")
        self.key1.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key1, 0, 0, 1, 1)

        self.key2 = QPushButton(self.pinPage)
        self.key2.setObjectName(u"key2")
        self.key2.setText(u"2")
        self.key2.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key2, 0, 1, 1, 1)

        self.key3 = QPushButton(self.pinPage)
        self.key3.setObjectName(u"key3")
        self.key3.setText(u"3")
        self.key3.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key3, 0, 2, 1, 1)

        self.key4 = QPushButton(self.pinPage)
        self.key4.setObjectName(u"key4")
        self.key4.setText(u"4")
        self.key4.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key4, 1, 0, 1, 1)

        self.key5 = QPushButton(self.pinPage)
        self.key5.setObjectName(u"key5")
        self.key5.setText(u"5")
        self.key5.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key5, 1, 1, 1, 1)

        self.key6 = QPushButton(self.pinPage)
        self.key6.setObjectName(u"key6")
        self.key6.setText(u"6")
        self.key6.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key6, 1, 2, 1, 1)

        self.key7 = QPushButton(self.pinPage)
        self.key7.setObjectName(u"key7")
        self.key7.setText(u"7")
        self.key7.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key7, 2, 0, 1, 1)

        self.key8 = QPushButton(self.pinPage)
        self.key8.setObjectName(u"key8")
        self.key8.setText(u"8")
        self.key8.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key8, 2, 1, 1, 1)

        self.key9 = QPushButton(self.pinPage)
        self.key9.setObjectName(u"key9")
        self.key9.setText(u"9")
        self.key9.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key9, 2, 2, 1, 1)

        self.keyClear = QPushButton(self.pinPage)
        self.keyClear.setObjectName(u"keyClear")
        self.keyClear.setProperty(u"role", u"key")

        self.keypad.addWidget(self.keyClear, 3, 0, 1, 1)

        self.key0 = QPushButton(self.pinPage)
        self.key0.setObjectName(u"key0")
        self.key0.setText(u"0")
        self.key0.setProperty(u"role", u"key")

        self.keypad.addWidget(self.key0, 3, 1, 1, 1)

        self.keyBack = QPushButton(self.pinPage)
        self.keyBack.setObjectName(u"keyBack")
        self.keyBack.setText(u"\u232b")
        self.keyBack.setProperty(u"role", u"key")

        self.keypad.addWidget(self.keyBack, 3, 2, 1, 1)


        self.pinColumn.addLayout(self.keypad)

        self.pinButtons = QHBoxLayout()
        self.pinButtons.setObjectName(u"pinButtons")
        self.backButton = QPushButton(self.pinPage)
        self.backButton.setObjectName(u"backButton")

        self.pinButtons.addWidget(self.backButton)

        self.loginButton = QPushButton(self.pinPage)
        self.loginButton.setObjectName(u"loginButton")
        self.loginButton.setProperty(u"role", u"primary")

        self.pinButtons.addWidget(self.loginButton)


        self.pinColumn.addLayout(self.pinButtons)

        self.spacer3 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pinColumn.addItem(self.spacer3)


        self.pinPageLayout.addLayout(self.pinColumn)

        self.spacer4 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinPageLayout.addItem(self.spacer4)

        self.loginStack.addWidget(self.pinPage)

        self.rootLayout.addWidget(self.loginStack)


        self.retranslateUi(LoginForm)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginForm)
    # setupUi

    def retranslateUi(self, LoginForm):
        LoginForm.setWindowTitle(QCoreApplication.translate("LoginForm", u"Login", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginForm", u"Who is working?", None))
        self.staffHintLabel.setText(QCoreApplication.translate("LoginForm", u"Tap your name.", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("LoginForm", u"PIN", None))
        self.keyClear.setText(QCoreApplication.translate("LoginForm", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.keyBack.setToolTip(QCoreApplication.translate("LoginForm", u"Delete the last digit", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("LoginForm", u"Back", None))
        self.loginButton.setText(QCoreApplication.translate("LoginForm", u"Log in", None))
    # retranslateUi

