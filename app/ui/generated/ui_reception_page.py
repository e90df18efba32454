# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_ReceptionPageForm(object):
    def setupUi(self, ReceptionPageForm):
        if not ReceptionPageForm.objectName():
            ReceptionPageForm.setObjectName(u"ReceptionPageForm")
        self.rootLayout = QVBoxLayout(ReceptionPageForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.caseHeader = QLabel(ReceptionPageForm)
        self.caseHeader.setObjectName(u"caseHeader")
        self.caseHeader.setWordWrap(True)

        self.rootLayout.addWidget(self.caseHeader)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.stepsLayout = QVBoxLayout()
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepButton0 = QPushButton(ReceptionPageForm)
        self.stepButton0.setObjectName(u"stepButton0")
        self.stepButton0.setCheckable(True)
        self.stepButton0.setProperty(u"role", u"receptionStep")

        self.stepsLayout.addWidget(self.stepButton0)

        self.stepButton1 = QPushButton(ReceptionPageForm)
        self.stepButton1.setObjectName(u"stepButton1")
        self.stepButton1.setCheckable(True)
        self.stepButton1.setProperty(u"role", u"receptionStep")

        self.stepsLayout.addWidget(self.stepButton1)

        self.stepButton2 = QPushButton(ReceptionPageForm)
        self.stepButton2.setObjectName(u"stepButton2")
        self.stepButton2.setCheckable(True)
        self.stepButton2.setProperty(u"role", u"receptionStep")

        self.stepsLayout.addWidget(self.stepButton2)

        self.stepButton3 = QPushButton(ReceptionPageForm)
        self.stepButton3.setObjectName(u"stepButton3")
        self.stepButton3.setCheckable(True)
        self.stepButton3.setProperty(u"role", u"receptionStep")

        self.stepsLayout.addWidget(self.stepButton3)

        self.stepButton4 = QPushButton(ReceptionPageForm)
        self.stepButton4.setObjectName(u"stepButton4")
        self.stepButton4.setCheckable(True)
        self.stepButton4.setProperty(u"role", u"receptionStep")

        self.stepsLayout.addWidget(self.stepButton4)

        self.stepsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stepsLayout.addItem(self.stepsSpacer)

        self.closeReceptionButton = QPushButton(ReceptionPageForm)
        self.closeReceptionButton.setObjectName(u"closeReceptionButton")

        self.stepsLayout.addWidget(self.closeReceptionButton)


        self.bodyLayout.addLayout(self.stepsLayout)

        self.receptionSteps = QStackedWidget(ReceptionPageForm)
        self.receptionSteps.setObjectName(u"receptionSteps")

        self.bodyLayout.addWidget(self.receptionSteps)

        self.bodyLayout.setStretch(1, 1)

        self.rootLayout.addLayout(self.bodyLayout)

        self.rootLayout.setStretch(1, 1)

        self.retranslateUi(ReceptionPageForm)

        QMetaObject.connectSlotsByName(ReceptionPageForm)
    # setupUi

    def retranslateUi(self, ReceptionPageForm):
        pass
    # retranslateUi

