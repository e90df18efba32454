# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_DeskPageForm(object):
    def setupUi(self, DeskPageForm):
        if not DeskPageForm.objectName():
            DeskPageForm.setObjectName(u"DeskPageForm")
        self.rootLayout = QHBoxLayout(DeskPageForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.navLayout = QVBoxLayout()
        self.navLayout.setObjectName(u"navLayout")
        self.inquiriesButton = QPushButton(DeskPageForm)
        self.inquiriesButton.setObjectName(u"inquiriesButton")
        self.inquiriesButton.setCheckable(True)
        self.inquiriesButton.setMinimumSize(QSize(170, 64))
        self.inquiriesButton.setProperty(u"role", u"deskNav")

        self.navLayout.addWidget(self.inquiriesButton)

        self.rosterButton = QPushButton(DeskPageForm)
        self.rosterButton.setObjectName(u"rosterButton")
        self.rosterButton.setCheckable(True)
        self.rosterButton.setMinimumSize(QSize(170, 64))
        self.rosterButton.setProperty(u"role", u"deskNav")

        self.navLayout.addWidget(self.rosterButton)

        self.templatesButton = QPushButton(DeskPageForm)
        self.templatesButton.setObjectName(u"templatesButton")
        self.templatesButton.setCheckable(True)
        self.templatesButton.setMinimumSize(QSize(170, 64))
        self.templatesButton.setProperty(u"role", u"deskNav")

        self.navLayout.addWidget(self.templatesButton)

        self.navSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.navLayout.addItem(self.navSpacer)

        self.deskCloseButton = QPushButton(DeskPageForm)
        self.deskCloseButton.setObjectName(u"deskCloseButton")
        self.deskCloseButton.setMinimumSize(QSize(170, 48))

        self.navLayout.addWidget(self.deskCloseButton)


        self.rootLayout.addLayout(self.navLayout)

        self.deskPages = QStackedWidget(DeskPageForm)
        self.deskPages.setObjectName(u"deskPages")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.deskPages.sizePolicy().hasHeightForWidth())
        self.deskPages.setSizePolicy(sizePolicy)

        self.rootLayout.addWidget(self.deskPages)


        self.retranslateUi(DeskPageForm)

        QMetaObject.connectSlotsByName(DeskPageForm)
    # setupUi

    def retranslateUi(self, DeskPageForm):
        DeskPageForm.setWindowTitle(QCoreApplication.translate("DeskPageForm", u"Front desk", None))
        self.inquiriesButton.setText(QCoreApplication.translate("DeskPageForm", u"Customer inquiries", None))
        self.rosterButton.setText(QCoreApplication.translate("DeskPageForm", u"Duty roster", None))
        self.templatesButton.setText(QCoreApplication.translate("DeskPageForm", u"Message templates", None))
        self.deskCloseButton.setText(QCoreApplication.translate("DeskPageForm", u"Back to home", None))
    # retranslateUi

