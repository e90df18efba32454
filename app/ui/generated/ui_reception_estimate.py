# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_estimate.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReceptionEstimateForm(object):
    def setupUi(self, ReceptionEstimateForm):
        if not ReceptionEstimateForm.objectName():
            ReceptionEstimateForm.setObjectName(u"ReceptionEstimateForm")
        self.rootLayout = QHBoxLayout(ReceptionEstimateForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.catalogueBox = QGroupBox(ReceptionEstimateForm)
        self.catalogueBox.setObjectName(u"catalogueBox")
        self.catalogueLayout = QVBoxLayout(self.catalogueBox)
        self.catalogueLayout.setObjectName(u"catalogueLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.catalogueSearchEdit = QLineEdit(self.catalogueBox)
        self.catalogueSearchEdit.setObjectName(u"catalogueSearchEdit")

        self.searchLayout.addWidget(self.catalogueSearchEdit)

        self.catalogueSearchButton = QPushButton(self.catalogueBox)
        self.catalogueSearchButton.setObjectName(u"catalogueSearchButton")

        self.searchLayout.addWidget(self.catalogueSearchButton)

        self.searchLayout.setStretch(0, 1)

        self.catalogueLayout.addLayout(self.searchLayout)

        self.catalogueTable = QTableWidget(self.catalogueBox)
        self.catalogueTable.setObjectName(u"catalogueTable")

        self.catalogueLayout.addWidget(self.catalogueTable)

        self.commonLayout = QHBoxLayout()
        self.commonLayout.setObjectName(u"commonLayout")
        self.mandatoryCheck = QCheckBox(self.catalogueBox)
        self.mandatoryCheck.setObjectName(u"mandatoryCheck")
        self.mandatoryCheck.setChecked(True)

        self.commonLayout.addWidget(self.mandatoryCheck)

        self.reasonEdit = QLineEdit(self.catalogueBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.commonLayout.addWidget(self.reasonEdit)

        self.addCatalogueButton = QPushButton(self.catalogueBox)
        self.addCatalogueButton.setObjectName(u"addCatalogueButton")

        self.commonLayout.addWidget(self.addCatalogueButton)

        self.commonLayout.setStretch(1, 1)

        self.catalogueLayout.addLayout(self.commonLayout)

        self.freeBox = QGroupBox(self.catalogueBox)
        self.freeBox.setObjectName(u"freeBox")
        self.freeLayout = QVBoxLayout(self.freeBox)
        self.freeLayout.setObjectName(u"freeLayout")
        self.freeRow1 = QHBoxLayout()
        self.freeRow1.setObjectName(u"freeRow1")
        self.freeKindCombo = QComboBox(self.freeBox)
        self.freeKindCombo.setObjectName(u"freeKindCombo")

        self.freeRow1.addWidget(self.freeKindCombo)

        self.freeDescriptionEdit = QLineEdit(self.freeBox)
        self.freeDescriptionEdit.setObjectName(u"freeDescriptionEdit")

        self.freeRow1.addWidget(self.freeDescriptionEdit)

        self.freeRow1.setStretch(1, 1)

        self.freeLayout.addLayout(self.freeRow1)

        self.freeRow2 = QHBoxLayout()
        self.freeRow2.setObjectName(u"freeRow2")
        self.freeQuantityEdit = QLineEdit(self.freeBox)
        self.freeQuantityEdit.setObjectName(u"freeQuantityEdit")

        self.freeRow2.addWidget(self.freeQuantityEdit)

        self.freePriceEdit = QLineEdit(self.freeBox)
        self.freePriceEdit.setObjectName(u"freePriceEdit")

        self.freeRow2.addWidget(self.freePriceEdit)

        self.freeSourceCombo = QComboBox(self.freeBox)
        self.freeSourceCombo.setObjectName(u"freeSourceCombo")

        self.freeRow2.addWidget(self.freeSourceCombo)

        self.freePartNoEdit = QLineEdit(self.freeBox)
        self.freePartNoEdit.setObjectName(u"freePartNoEdit")

        self.freeRow2.addWidget(self.freePartNoEdit)

        self.freeRow2.setStretch(0, 1)
        self.freeRow2.setStretch(1, 1)
        self.freeRow2.setStretch(2, 1)
        self.freeRow2.setStretch(3, 1)

        self.freeLayout.addLayout(self.freeRow2)

        self.freeRow3 = QHBoxLayout()
        self.freeRow3.setObjectName(u"freeRow3")
        self.safetyCheck = QCheckBox(self.freeBox)
        self.safetyCheck.setObjectName(u"safetyCheck")

        self.freeRow3.addWidget(self.safetyCheck)

        self.addFreeButton = QPushButton(self.freeBox)
        self.addFreeButton.setObjectName(u"addFreeButton")

        self.freeRow3.addWidget(self.addFreeButton)

        self.freeRow3.setStretch(0, 1)

        self.freeLayout.addLayout(self.freeRow3)


        self.catalogueLayout.addWidget(self.freeBox)

        self.catalogueLayout.setStretch(1, 1)

        self.rootLayout.addWidget(self.catalogueBox)

        self.linesBox = QGroupBox(ReceptionEstimateForm)
        self.linesBox.setObjectName(u"linesBox")
        self.linesLayout = QVBoxLayout(self.linesBox)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesTable = QTableWidget(self.linesBox)
        self.linesTable.setObjectName(u"linesTable")

        self.linesLayout.addWidget(self.linesTable)

        self.removeLineButton = QPushButton(self.linesBox)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.linesLayout.addWidget(self.removeLineButton)

        self.totalsLabel = QLabel(self.linesBox)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)

        self.linesLayout.addWidget(self.totalsLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.finishEstimateButton = QPushButton(self.linesBox)
        self.finishEstimateButton.setObjectName(u"finishEstimateButton")

        self.actionsLayout.addWidget(self.finishEstimateButton)

        self.requestSignatureButton = QPushButton(self.linesBox)
        self.requestSignatureButton.setObjectName(u"requestSignatureButton")

        self.actionsLayout.addWidget(self.requestSignatureButton)


        self.linesLayout.addLayout(self.actionsLayout)

        self.estimateStatus = QLabel(self.linesBox)
        self.estimateStatus.setObjectName(u"estimateStatus")
        self.estimateStatus.setWordWrap(True)

        self.linesLayout.addWidget(self.estimateStatus)

        self.linesLayout.setStretch(0, 1)

        self.rootLayout.addWidget(self.linesBox)

        self.rootLayout.setStretch(0, 4)
        self.rootLayout.setStretch(1, 6)

        self.retranslateUi(ReceptionEstimateForm)

        QMetaObject.connectSlotsByName(ReceptionEstimateForm)
    # setupUi

    def retranslateUi(self, ReceptionEstimateForm):
        pass
    # retranslateUi

