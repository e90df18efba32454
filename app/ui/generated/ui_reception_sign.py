# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_sign.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from app.ui.reception.drawing import SignaturePad

class Ui_ReceptionSignForm(object):
    def setupUi(self, ReceptionSignForm):
        if not ReceptionSignForm.objectName():
            ReceptionSignForm.setObjectName(u"ReceptionSignForm")
        self.rootLayout = QHBoxLayout(ReceptionSignForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.previewBox = QGroupBox(ReceptionSignForm)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.printButtonsLayout = QHBoxLayout()
        self.printButtonsLayout.setObjectName(u"printButtonsLayout")
        self.printConfirmationButton = QPushButton(self.previewBox)
        self.printConfirmationButton.setObjectName(u"printConfirmationButton")

        self.printButtonsLayout.addWidget(self.printConfirmationButton)

        self.printWorkOrderButton = QPushButton(self.previewBox)
        self.printWorkOrderButton.setObjectName(u"printWorkOrderButton")

        self.printButtonsLayout.addWidget(self.printWorkOrderButton)

        self.sendToPrinterButton = QPushButton(self.previewBox)
        self.sendToPrinterButton.setObjectName(u"sendToPrinterButton")
        self.sendToPrinterButton.setEnabled(False)

        self.printButtonsLayout.addWidget(self.sendToPrinterButton)


        self.previewLayout.addLayout(self.printButtonsLayout)

        self.pdfView = QPdfView(self.previewBox)
        self.pdfView.setObjectName(u"pdfView")

        self.previewLayout.addWidget(self.pdfView)

        self.previewLayout.setStretch(1, 1)

        self.rootLayout.addWidget(self.previewBox)

        self.signBox = QGroupBox(ReceptionSignForm)
        self.signBox.setObjectName(u"signBox")
        self.signLayout = QVBoxLayout(self.signBox)
        self.signLayout.setObjectName(u"signLayout")
        self.signStateLabel = QLabel(self.signBox)
        self.signStateLabel.setObjectName(u"signStateLabel")
        self.signStateLabel.setWordWrap(True)

        self.signLayout.addWidget(self.signStateLabel)

        self.signaturePad = SignaturePad(self.signBox)
        self.signaturePad.setObjectName(u"signaturePad")

        self.signLayout.addWidget(self.signaturePad)

        self.signRowLayout = QHBoxLayout()
        self.signRowLayout.setObjectName(u"signRowLayout")
        self.signerEdit = QLineEdit(self.signBox)
        self.signerEdit.setObjectName(u"signerEdit")

        self.signRowLayout.addWidget(self.signerEdit)

        self.clearSignatureButton = QPushButton(self.signBox)
        self.clearSignatureButton.setObjectName(u"clearSignatureButton")

        self.signRowLayout.addWidget(self.clearSignatureButton)

        self.signOnPadButton = QPushButton(self.signBox)
        self.signOnPadButton.setObjectName(u"signOnPadButton")
        self.signOnPadButton.setEnabled(False)

        self.signRowLayout.addWidget(self.signOnPadButton)

        self.signRowLayout.setStretch(0, 1)

        self.signLayout.addLayout(self.signRowLayout)

        self.scanPaperButton = QPushButton(self.signBox)
        self.scanPaperButton.setObjectName(u"scanPaperButton")

        self.signLayout.addWidget(self.scanPaperButton)

        self.signStatus = QLabel(self.signBox)
        self.signStatus.setObjectName(u"signStatus")
        self.signStatus.setWordWrap(True)

        self.signLayout.addWidget(self.signStatus)

        self.signSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signLayout.addItem(self.signSpacer)


        self.rootLayout.addWidget(self.signBox)

        self.rootLayout.setStretch(0, 3)
        self.rootLayout.setStretch(1, 2)

        self.retranslateUi(ReceptionSignForm)

        QMetaObject.connectSlotsByName(ReceptionSignForm)
    # setupUi

    def retranslateUi(self, ReceptionSignForm):
        pass
    # retranslateUi

