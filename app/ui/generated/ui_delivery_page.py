# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delivery_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DeliveryPageForm(object):
    def setupUi(self, DeliveryPageForm):
        if not DeliveryPageForm.objectName():
            DeliveryPageForm.setObjectName(u"DeliveryPageForm")
        self.rootLayout = QVBoxLayout(DeliveryPageForm)
        self.rootLayout.setSpacing(4)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.deliveryTitle = QLabel(DeliveryPageForm)
        self.deliveryTitle.setObjectName(u"deliveryTitle")
        self.deliveryTitle.setText(u"")
        self.deliveryTitle.setProperty(u"role", u"title")

        self.topLayout.addWidget(self.deliveryTitle)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.openSettlementButton = QPushButton(DeliveryPageForm)
        self.openSettlementButton.setObjectName(u"openSettlementButton")

        self.topLayout.addWidget(self.openSettlementButton)

        self.feedbackButton = QPushButton(DeliveryPageForm)
        self.feedbackButton.setObjectName(u"feedbackButton")
        self.feedbackButton.setProperty(u"role", u"primary")

        self.topLayout.addWidget(self.feedbackButton)

        self.backButton = QPushButton(DeliveryPageForm)
        self.backButton.setObjectName(u"backButton")

        self.topLayout.addWidget(self.backButton)


        self.rootLayout.addLayout(self.topLayout)

        self.guardBanner = QLabel(DeliveryPageForm)
        self.guardBanner.setObjectName(u"guardBanner")
        self.guardBanner.setText(u"")
        self.guardBanner.setWordWrap(True)

        self.rootLayout.addWidget(self.guardBanner)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.checkLayout = QVBoxLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.checksBox = QGroupBox(DeliveryPageForm)
        self.checksBox.setObjectName(u"checksBox")
        self.checksLayout = QGridLayout(self.checksBox)
        self.checksLayout.setObjectName(u"checksLayout")
        self.demonstratedCheck = QCheckBox(self.checksBox)
        self.demonstratedCheck.setObjectName(u"demonstratedCheck")

        self.checksLayout.addWidget(self.demonstratedCheck, 0, 0, 1, 1)

        self.settlementExplainedCheck = QCheckBox(self.checksBox)
        self.settlementExplainedCheck.setObjectName(u"settlementExplainedCheck")

        self.checksLayout.addWidget(self.settlementExplainedCheck, 0, 1, 1, 1)

        self.oldPartsShownCheck = QCheckBox(self.checksBox)
        self.oldPartsShownCheck.setObjectName(u"oldPartsShownCheck")

        self.checksLayout.addWidget(self.oldPartsShownCheck, 1, 0, 1, 1)

        self.packagingShownCheck = QCheckBox(self.checksBox)
        self.packagingShownCheck.setObjectName(u"packagingShownCheck")

        self.checksLayout.addWidget(self.packagingShownCheck, 1, 1, 1, 1)


        self.checkLayout.addWidget(self.checksBox)

        self.oldPartsBox = QGroupBox(DeliveryPageForm)
        self.oldPartsBox.setObjectName(u"oldPartsBox")
        self.oldPartsLayout = QVBoxLayout(self.oldPartsBox)
        self.oldPartsLayout.setObjectName(u"oldPartsLayout")
        self.noOldParts = QLabel(self.oldPartsBox)
        self.noOldParts.setObjectName(u"noOldParts")
        self.noOldParts.setWordWrap(True)

        self.oldPartsLayout.addWidget(self.noOldParts)

        self.oldPartsArea = QScrollArea(self.oldPartsBox)
        self.oldPartsArea.setObjectName(u"oldPartsArea")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.oldPartsArea.sizePolicy().hasHeightForWidth())
        self.oldPartsArea.setSizePolicy(sizePolicy)
        self.oldPartsArea.setMinimumSize(QSize(0, 120))
        self.oldPartsArea.setWidgetResizable(True)
        self.oldPartsHost = QWidget()
        self.oldPartsHost.setObjectName(u"oldPartsHost")
        self.oldPartsForm = QFormLayout(self.oldPartsHost)
        self.oldPartsForm.setObjectName(u"oldPartsForm")
        self.oldPartsArea.setWidget(self.oldPartsHost)

        self.oldPartsLayout.addWidget(self.oldPartsArea)


        self.checkLayout.addWidget(self.oldPartsBox)

        self.valueAddedBox = QGroupBox(DeliveryPageForm)
        self.valueAddedBox.setObjectName(u"valueAddedBox")
        self.valueAddedLayout = QHBoxLayout(self.valueAddedBox)
        self.valueAddedLayout.setObjectName(u"valueAddedLayout")
        self.noValueAdded = QLabel(self.valueAddedBox)
        self.noValueAdded.setObjectName(u"noValueAdded")

        self.valueAddedLayout.addWidget(self.noValueAdded)


        self.checkLayout.addWidget(self.valueAddedBox)

        self.nextLayout = QHBoxLayout()
        self.nextLayout.setObjectName(u"nextLayout")
        self.nextServiceLabel = QLabel(DeliveryPageForm)
        self.nextServiceLabel.setObjectName(u"nextServiceLabel")

        self.nextLayout.addWidget(self.nextServiceLabel)

        self.nextServiceEdit = QDateEdit(DeliveryPageForm)
        self.nextServiceEdit.setObjectName(u"nextServiceEdit")
        self.nextServiceEdit.setCalendarPopup(True)
        self.nextServiceEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.nextLayout.addWidget(self.nextServiceEdit)

        self.nextKmLabel = QLabel(DeliveryPageForm)
        self.nextKmLabel.setObjectName(u"nextKmLabel")
        self.nextKmLabel.setText(u"")

        self.nextLayout.addWidget(self.nextKmLabel)


        self.checkLayout.addLayout(self.nextLayout)

        self.deliverError = QLabel(DeliveryPageForm)
        self.deliverError.setObjectName(u"deliverError")
        self.deliverError.setText(u"")
        self.deliverError.setWordWrap(True)
        self.deliverError.setProperty(u"role", u"error")

        self.checkLayout.addWidget(self.deliverError)

        self.deliverButton = QPushButton(DeliveryPageForm)
        self.deliverButton.setObjectName(u"deliverButton")
        self.deliverButton.setProperty(u"role", u"primary")

        self.checkLayout.addWidget(self.deliverButton)

        self.checkLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.checkLayout)

        self.documentsBox = QGroupBox(DeliveryPageForm)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QVBoxLayout(self.documentsBox)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.repairRecordButton = QPushButton(self.documentsBox)
        self.repairRecordButton.setObjectName(u"repairRecordButton")

        self.documentButtons.addWidget(self.repairRecordButton)

        self.warrantyButton = QPushButton(self.documentsBox)
        self.warrantyButton.setObjectName(u"warrantyButton")

        self.documentButtons.addWidget(self.warrantyButton)

        self.adviceButton = QPushButton(self.documentsBox)
        self.adviceButton.setObjectName(u"adviceButton")

        self.documentButtons.addWidget(self.adviceButton)

        self.printButton = QPushButton(self.documentsBox)
        self.printButton.setObjectName(u"printButton")

        self.documentButtons.addWidget(self.printButton)


        self.documentsLayout.addLayout(self.documentButtons)

        self.previewHost = QWidget(self.documentsBox)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(0, 0, 0, 0)

        self.documentsLayout.addWidget(self.previewHost)

        self.documentsStatus = QLabel(self.documentsBox)
        self.documentsStatus.setObjectName(u"documentsStatus")
        self.documentsStatus.setText(u"")
        self.documentsStatus.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsStatus)


        self.bodyLayout.addWidget(self.documentsBox)

        self.bodyLayout.setStretch(0, 1)
        self.bodyLayout.setStretch(1, 1)

        self.rootLayout.addLayout(self.bodyLayout)


        self.retranslateUi(DeliveryPageForm)

        QMetaObject.connectSlotsByName(DeliveryPageForm)
    # setupUi

    def retranslateUi(self, DeliveryPageForm):
        self.openSettlementButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Settlement", None))
        self.feedbackButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Feedback", None))
        self.backButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Back", None))
        self.checksBox.setTitle(QCoreApplication.translate("DeliveryPageForm", u"Acceptance with the customer", None))
        self.demonstratedCheck.setText(QCoreApplication.translate("DeliveryPageForm", u"Repair demonstrated (D2)", None))
        self.settlementExplainedCheck.setText(QCoreApplication.translate("DeliveryPageForm", u"Settlement explained (D4)", None))
        self.oldPartsShownCheck.setText(QCoreApplication.translate("DeliveryPageForm", u"Old parts shown, reasons told (D3)", None))
        self.packagingShownCheck.setText(QCoreApplication.translate("DeliveryPageForm", u"Packaging shown (W2)", None))
        self.oldPartsBox.setTitle(QCoreApplication.translate("DeliveryPageForm", u"Old parts: the customer's choice (D3)", None))
        self.noOldParts.setText(QCoreApplication.translate("DeliveryPageForm", u"No part was replaced: there are no old parts to show.", None))
        self.valueAddedBox.setTitle(QCoreApplication.translate("DeliveryPageForm", u"Value-added services done (D6)", None))
        self.noValueAdded.setText(QCoreApplication.translate("DeliveryPageForm", u"The dealer offers no value-added services.", None))
        self.nextServiceLabel.setText(QCoreApplication.translate("DeliveryPageForm", u"Next service (D5)", None))
        self.deliverButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Deliver to the customer", None))
        self.documentsBox.setTitle(QCoreApplication.translate("DeliveryPageForm", u"Documents handed over (D5)", None))
        self.repairRecordButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Repair record", None))
        self.warrantyButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Warranty card", None))
        self.adviceButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Maintenance advice", None))
        self.printButton.setText(QCoreApplication.translate("DeliveryPageForm", u"Print\u2026", None))
        pass
    # retranslateUi

