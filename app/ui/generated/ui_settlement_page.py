# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settlement_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from app.ui.reception.drawing import SignaturePad

class Ui_SettlementPageForm(object):
    def setupUi(self, SettlementPageForm):
        if not SettlementPageForm.objectName():
            SettlementPageForm.setObjectName(u"SettlementPageForm")
        self.rootLayout = QVBoxLayout(SettlementPageForm)
        self.rootLayout.setSpacing(4)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.settlementTitle = QLabel(SettlementPageForm)
        self.settlementTitle.setObjectName(u"settlementTitle")
        self.settlementTitle.setText(u"")
        self.settlementTitle.setProperty(u"role", u"title")

        self.topLayout.addWidget(self.settlementTitle)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.openDeliveryButton = QPushButton(SettlementPageForm)
        self.openDeliveryButton.setObjectName(u"openDeliveryButton")

        self.topLayout.addWidget(self.openDeliveryButton)

        self.backButton = QPushButton(SettlementPageForm)
        self.backButton.setObjectName(u"backButton")

        self.topLayout.addWidget(self.backButton)


        self.rootLayout.addLayout(self.topLayout)

        self.stateBanner = QLabel(SettlementPageForm)
        self.stateBanner.setObjectName(u"stateBanner")
        self.stateBanner.setText(u"")
        self.stateBanner.setWordWrap(True)

        self.rootLayout.addWidget(self.stateBanner)

        self.settleTabs = QTabWidget(SettlementPageForm)
        self.settleTabs.setObjectName(u"settleTabs")
        self.settleTab = QWidget()
        self.settleTab.setObjectName(u"settleTab")
        self.settleLayout = QHBoxLayout(self.settleTab)
        self.settleLayout.setObjectName(u"settleLayout")
        self.tablesLayout = QVBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.linesTitle = QLabel(self.settleTab)
        self.linesTitle.setObjectName(u"linesTitle")
        self.linesTitle.setProperty(u"role", u"section")

        self.tablesLayout.addWidget(self.linesTitle)

        self.linesView = QTableView(self.settleTab)
        self.linesView.setObjectName(u"linesView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.linesView.sizePolicy().hasHeightForWidth())
        self.linesView.setSizePolicy(sizePolicy)
        self.linesView.setMinimumSize(QSize(0, 96))

        self.tablesLayout.addWidget(self.linesView)

        self.differencesTitle = QLabel(self.settleTab)
        self.differencesTitle.setObjectName(u"differencesTitle")
        self.differencesTitle.setProperty(u"role", u"section")

        self.tablesLayout.addWidget(self.differencesTitle)

        self.differencesView = QTableView(self.settleTab)
        self.differencesView.setObjectName(u"differencesView")
        sizePolicy.setHeightForWidth(self.differencesView.sizePolicy().hasHeightForWidth())
        self.differencesView.setSizePolicy(sizePolicy)
        self.differencesView.setMinimumSize(QSize(0, 96))

        self.tablesLayout.addWidget(self.differencesView)


        self.settleLayout.addLayout(self.tablesLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.reasonsBox = QGroupBox(self.settleTab)
        self.reasonsBox.setObjectName(u"reasonsBox")
        self.reasonsLayout = QVBoxLayout(self.reasonsBox)
        self.reasonsLayout.setObjectName(u"reasonsLayout")
        self.reasonsArea = QScrollArea(self.reasonsBox)
        self.reasonsArea.setObjectName(u"reasonsArea")
        sizePolicy.setHeightForWidth(self.reasonsArea.sizePolicy().hasHeightForWidth())
        self.reasonsArea.setSizePolicy(sizePolicy)
        self.reasonsArea.setMinimumSize(QSize(0, 56))
        self.reasonsArea.setWidgetResizable(True)
        self.reasonsHost = QWidget()
        self.reasonsHost.setObjectName(u"reasonsHost")
        self.reasonsForm = QFormLayout(self.reasonsHost)
        self.reasonsForm.setObjectName(u"reasonsForm")
        self.reasonsArea.setWidget(self.reasonsHost)

        self.reasonsLayout.addWidget(self.reasonsArea)

        self.reasonError = QLabel(self.reasonsBox)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"error")

        self.reasonsLayout.addWidget(self.reasonError)


        self.sideLayout.addWidget(self.reasonsBox)

        self.adjustBox = QGroupBox(self.settleTab)
        self.adjustBox.setObjectName(u"adjustBox")
        self.adjustLayout = QGridLayout(self.adjustBox)
        self.adjustLayout.setObjectName(u"adjustLayout")
        self.discountLabel = QLabel(self.adjustBox)
        self.discountLabel.setObjectName(u"discountLabel")

        self.adjustLayout.addWidget(self.discountLabel, 0, 0, 1, 1)

        self.discountEdit = QLineEdit(self.adjustBox)
        self.discountEdit.setObjectName(u"discountEdit")
        self.discountEdit.setPlaceholderText(u"0.00")
        self.discountEdit.setMaximumSize(QSize(110, 16777215))

        self.adjustLayout.addWidget(self.discountEdit, 0, 1, 1, 1)

        self.discountReasonEdit = QLineEdit(self.adjustBox)
        self.discountReasonEdit.setObjectName(u"discountReasonEdit")

        self.adjustLayout.addWidget(self.discountReasonEdit, 0, 2, 1, 1)

        self.discountError = QLabel(self.adjustBox)
        self.discountError.setObjectName(u"discountError")
        self.discountError.setText(u"")
        self.discountError.setWordWrap(True)
        self.discountError.setProperty(u"role", u"error")

        self.adjustLayout.addWidget(self.discountError, 1, 0, 1, 3)

        self.compensationLabel = QLabel(self.adjustBox)
        self.compensationLabel.setObjectName(u"compensationLabel")

        self.adjustLayout.addWidget(self.compensationLabel, 2, 0, 1, 1)

        self.compensationEdit = QLineEdit(self.adjustBox)
        self.compensationEdit.setObjectName(u"compensationEdit")
        self.compensationEdit.setPlaceholderText(u"0.00")
        self.compensationEdit.setMaximumSize(QSize(110, 16777215))

        self.adjustLayout.addWidget(self.compensationEdit, 2, 1, 1, 1)

        self.compensationReasonEdit = QLineEdit(self.adjustBox)
        self.compensationReasonEdit.setObjectName(u"compensationReasonEdit")

        self.adjustLayout.addWidget(self.compensationReasonEdit, 2, 2, 1, 1)

        self.compensationError = QLabel(self.adjustBox)
        self.compensationError.setObjectName(u"compensationError")
        self.compensationError.setText(u"")
        self.compensationError.setWordWrap(True)
        self.compensationError.setProperty(u"role", u"error")

        self.adjustLayout.addWidget(self.compensationError, 3, 0, 1, 3)


        self.sideLayout.addWidget(self.adjustBox)

        self.totalsLabel = QLabel(self.settleTab)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextFormat(Qt.RichText)

        self.sideLayout.addWidget(self.totalsLabel)

        self.settleButton = QPushButton(self.settleTab)
        self.settleButton.setObjectName(u"settleButton")
        self.settleButton.setProperty(u"role", u"primary")

        self.sideLayout.addWidget(self.settleButton)

        self.settleStatus = QLabel(self.settleTab)
        self.settleStatus.setObjectName(u"settleStatus")
        self.settleStatus.setText(u"")
        self.settleStatus.setWordWrap(True)

        self.sideLayout.addWidget(self.settleStatus)

        self.sideLayout.setStretch(0, 1)

        self.settleLayout.addLayout(self.sideLayout)

        self.settleLayout.setStretch(0, 3)
        self.settleLayout.setStretch(1, 2)
        self.settleTabs.addTab(self.settleTab, "")
        self.signTab = QWidget()
        self.signTab.setObjectName(u"signTab")
        self.signTabLayout = QHBoxLayout(self.signTab)
        self.signTabLayout.setObjectName(u"signTabLayout")
        self.previewBox = QGroupBox(self.signTab)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.printButtons = QHBoxLayout()
        self.printButtons.setObjectName(u"printButtons")
        self.printSheetButton = QPushButton(self.previewBox)
        self.printSheetButton.setObjectName(u"printSheetButton")

        self.printButtons.addWidget(self.printSheetButton)

        self.sendToPrinterButton = QPushButton(self.previewBox)
        self.sendToPrinterButton.setObjectName(u"sendToPrinterButton")

        self.printButtons.addWidget(self.sendToPrinterButton)


        self.previewLayout.addLayout(self.printButtons)

        self.previewHost = QWidget(self.previewBox)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(0, 0, 0, 0)

        self.previewLayout.addWidget(self.previewHost)


        self.signTabLayout.addWidget(self.previewBox)

        self.signBox = QGroupBox(self.signTab)
        self.signBox.setObjectName(u"signBox")
        self.signLayout = QVBoxLayout(self.signBox)
        self.signLayout.setObjectName(u"signLayout")
        self.signState = QLabel(self.signBox)
        self.signState.setObjectName(u"signState")
        self.signState.setText(u"")
        self.signState.setWordWrap(True)

        self.signLayout.addWidget(self.signState)

        self.signaturePad = SignaturePad(self.signBox)
        self.signaturePad.setObjectName(u"signaturePad")

        self.signLayout.addWidget(self.signaturePad)

        self.signRow = QHBoxLayout()
        self.signRow.setObjectName(u"signRow")
        self.signerEdit = QLineEdit(self.signBox)
        self.signerEdit.setObjectName(u"signerEdit")

        self.signRow.addWidget(self.signerEdit)

        self.clearSignatureButton = QPushButton(self.signBox)
        self.clearSignatureButton.setObjectName(u"clearSignatureButton")

        self.signRow.addWidget(self.clearSignatureButton)

        self.signButton = QPushButton(self.signBox)
        self.signButton.setObjectName(u"signButton")
        self.signButton.setProperty(u"role", u"primary")

        self.signRow.addWidget(self.signButton)


        self.signLayout.addLayout(self.signRow)

        self.scanButton = QPushButton(self.signBox)
        self.scanButton.setObjectName(u"scanButton")

        self.signLayout.addWidget(self.scanButton)

        self.signStatus = QLabel(self.signBox)
        self.signStatus.setObjectName(u"signStatus")
        self.signStatus.setText(u"")
        self.signStatus.setWordWrap(True)

        self.signLayout.addWidget(self.signStatus)

        self.signSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signLayout.addItem(self.signSpacer)


        self.signTabLayout.addWidget(self.signBox)

        self.signTabLayout.setStretch(0, 3)
        self.signTabLayout.setStretch(1, 2)
        self.settleTabs.addTab(self.signTab, "")

        self.rootLayout.addWidget(self.settleTabs)


        self.retranslateUi(SettlementPageForm)

        self.settleTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettlementPageForm)
    # setupUi

    def retranslateUi(self, SettlementPageForm):
        self.openDeliveryButton.setText(QCoreApplication.translate("SettlementPageForm", u"Go to delivery", None))
        self.backButton.setText(QCoreApplication.translate("SettlementPageForm", u"Back", None))
        self.linesTitle.setText(QCoreApplication.translate("SettlementPageForm", u"Actual items: parts fitted and labor done", None))
        self.differencesTitle.setText(QCoreApplication.translate("SettlementPageForm", u"Differences from the signed estimate", None))
        self.reasonsBox.setTitle(QCoreApplication.translate("SettlementPageForm", u"Reason of each difference (told to the customer)", None))
        self.adjustBox.setTitle(QCoreApplication.translate("SettlementPageForm", u"Discount and compensation", None))
        self.discountLabel.setText(QCoreApplication.translate("SettlementPageForm", u"Discount (yuan)", None))
        self.discountReasonEdit.setPlaceholderText(QCoreApplication.translate("SettlementPageForm", u"Reason of the discount", None))
        self.compensationLabel.setText(QCoreApplication.translate("SettlementPageForm", u"Compensation (yuan)", None))
        self.compensationReasonEdit.setPlaceholderText(QCoreApplication.translate("SettlementPageForm", u"Reason, e.g. late delivery", None))
        self.settleButton.setText(QCoreApplication.translate("SettlementPageForm", u"Record the settlement", None))
        self.settleTabs.setTabText(self.settleTabs.indexOf(self.settleTab), QCoreApplication.translate("SettlementPageForm", u"1 \u00b7 Settlement from the actual work", None))
        self.previewBox.setTitle(QCoreApplication.translate("SettlementPageForm", u"Settlement sheet", None))
        self.printSheetButton.setText(QCoreApplication.translate("SettlementPageForm", u"Show the settlement sheet", None))
        self.sendToPrinterButton.setText(QCoreApplication.translate("SettlementPageForm", u"Print\u2026", None))
        self.signBox.setTitle(QCoreApplication.translate("SettlementPageForm", u"Customer signature", None))
        self.signerEdit.setPlaceholderText(QCoreApplication.translate("SettlementPageForm", u"Signer's name", None))
        self.clearSignatureButton.setText(QCoreApplication.translate("SettlementPageForm", u"Clear", None))
        self.signButton.setText(QCoreApplication.translate("SettlementPageForm", u"Sign on screen", None))
        self.scanButton.setText(QCoreApplication.translate("SettlementPageForm", u"Scan signed paper\u2026", None))
        self.settleTabs.setTabText(self.settleTabs.indexOf(self.signTab), QCoreApplication.translate("SettlementPageForm", u"2 \u00b7 Settlement sheet and signature", None))
        pass
    # retranslateUi

