# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_arrival.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReceptionArrivalForm(object):
    def setupUi(self, ReceptionArrivalForm):
        if not ReceptionArrivalForm.objectName():
            ReceptionArrivalForm.setObjectName(u"ReceptionArrivalForm")
        self.rootLayout = QHBoxLayout(ReceptionArrivalForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.arrivalBookingsBox = QGroupBox(ReceptionArrivalForm)
        self.arrivalBookingsBox.setObjectName(u"arrivalBookingsBox")
        self.arrivalBookingsBox.setTitle(u"")
        self.bookingsLayout = QVBoxLayout(self.arrivalBookingsBox)
        self.bookingsLayout.setObjectName(u"bookingsLayout")
        self.arrivalBookings = QListWidget(self.arrivalBookingsBox)
        self.arrivalBookings.setObjectName(u"arrivalBookings")

        self.bookingsLayout.addWidget(self.arrivalBookings)


        self.rootLayout.addWidget(self.arrivalBookingsBox)

        self.arrivalBox = QGroupBox(ReceptionArrivalForm)
        self.arrivalBox.setObjectName(u"arrivalBox")
        self.arrivalBox.setTitle(u"")
        self.arrivalLayout = QVBoxLayout(self.arrivalBox)
        self.arrivalLayout.setObjectName(u"arrivalLayout")
        self.arrivalSummary = QLabel(self.arrivalBox)
        self.arrivalSummary.setObjectName(u"arrivalSummary")
        self.arrivalSummary.setWordWrap(True)

        self.arrivalLayout.addWidget(self.arrivalSummary)

        self.identityCheck = QCheckBox(self.arrivalBox)
        self.identityCheck.setObjectName(u"identityCheck")

        self.arrivalLayout.addWidget(self.identityCheck)

        self.appointmentCheck = QCheckBox(self.arrivalBox)
        self.appointmentCheck.setObjectName(u"appointmentCheck")

        self.arrivalLayout.addWidget(self.appointmentCheck)

        self.arriveButton = QPushButton(self.arrivalBox)
        self.arriveButton.setObjectName(u"arriveButton")
        self.arriveButton.setEnabled(False)

        self.arrivalLayout.addWidget(self.arriveButton)

        self.arrivalError = QLabel(self.arrivalBox)
        self.arrivalError.setObjectName(u"arrivalError")
        self.arrivalError.setWordWrap(True)
        self.arrivalError.setProperty(u"tone", u"error")

        self.arrivalLayout.addWidget(self.arrivalError)

        self.arrivalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.arrivalLayout.addItem(self.arrivalSpacer)


        self.rootLayout.addWidget(self.arrivalBox)

        self.rootLayout.setStretch(0, 1)
        self.rootLayout.setStretch(1, 1)

        self.retranslateUi(ReceptionArrivalForm)

        QMetaObject.connectSlotsByName(ReceptionArrivalForm)
    # setupUi

    def retranslateUi(self, ReceptionArrivalForm):
        pass
    # retranslateUi

