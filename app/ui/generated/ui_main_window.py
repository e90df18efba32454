# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QMainWindow, QPushButton,
    QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.rootLayout = QVBoxLayout(self.centralwidget)
        self.rootLayout.setSpacing(0)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.topBar = QFrame(self.centralwidget)
        self.topBar.setObjectName(u"topBar")
        self.topBar.setProperty(u"role", u"topbar")
        self.topBarLayout = QHBoxLayout(self.topBar)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.dealerLabel = QLabel(self.topBar)
        self.dealerLabel.setObjectName(u"dealerLabel")
        self.dealerLabel.setText(u"")
        self.dealerLabel.setProperty(u"role", u"brand")

        self.topBarLayout.addWidget(self.dealerLabel)

        self.homeButton = QPushButton(self.topBar)
        self.homeButton.setObjectName(u"homeButton")

        self.topBarLayout.addWidget(self.homeButton)

        self.roleCombo = QComboBox(self.topBar)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topBarLayout.addWidget(self.roleCombo)

        self.searchEdit = QLineEdit(self.topBar)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topBarLayout.addWidget(self.searchEdit)

        self.switchUserButton = QPushButton(self.topBar)
        self.switchUserButton.setObjectName(u"switchUserButton")

        self.topBarLayout.addWidget(self.switchUserButton)

        self.langCombo = QComboBox(self.topBar)
        self.langCombo.setObjectName(u"langCombo")

        self.topBarLayout.addWidget(self.langCombo)


        self.rootLayout.addWidget(self.topBar)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.rootLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ServiceBay", None))
        self.homeButton.setText(QCoreApplication.translate("MainWindow", u"Home", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Switch between your roles", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search order no., plate, VIN, phone or customer name", None))
        self.switchUserButton.setText(QCoreApplication.translate("MainWindow", u"Switch user", None))
#if QT_CONFIG(tooltip)
        self.langCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Language", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

