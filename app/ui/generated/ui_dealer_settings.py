# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dealer_settings.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_DealerSettingsForm(object):
    def setupUi(self, DealerSettingsForm):
        if not DealerSettingsForm.objectName():
            DealerSettingsForm.setObjectName(u"DealerSettingsForm")
        self.rootLayout = QVBoxLayout(DealerSettingsForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(DealerSettingsForm)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(120, 48))

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(DealerSettingsForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.saveButton = QPushButton(DealerSettingsForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")
        self.saveButton.setMinimumSize(QSize(180, 48))

        self.headerLayout.addWidget(self.saveButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.statusLabel = QLabel(DealerSettingsForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.statusLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.settlementGroup = QGroupBox(DealerSettingsForm)
        self.settlementGroup.setObjectName(u"settlementGroup")
        self.settlementForm = QFormLayout(self.settlementGroup)
        self.settlementForm.setObjectName(u"settlementForm")
        self.settlementForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.laborLabel = QLabel(self.settlementGroup)
        self.laborLabel.setObjectName(u"laborLabel")

        self.settlementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.laborLabel)

        self.laborCombo = QComboBox(self.settlementGroup)
        self.laborCombo.setObjectName(u"laborCombo")
        self.laborCombo.setMinimumSize(QSize(0, 48))

        self.settlementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.laborCombo)

        self.discountLabel = QLabel(self.settlementGroup)
        self.discountLabel.setObjectName(u"discountLabel")
        self.discountLabel.setWordWrap(True)

        self.settlementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.discountLabel)

        self.discountEdit = QLineEdit(self.settlementGroup)
        self.discountEdit.setObjectName(u"discountEdit")
        self.discountEdit.setMinimumSize(QSize(0, 48))

        self.settlementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.discountEdit)

        self.monthsLabel = QLabel(self.settlementGroup)
        self.monthsLabel.setObjectName(u"monthsLabel")
        self.monthsLabel.setWordWrap(True)

        self.settlementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsSpin = QSpinBox(self.settlementGroup)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(60)
        self.monthsSpin.setMinimumSize(QSize(0, 48))

        self.settlementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthsSpin)

        self.kmLabel = QLabel(self.settlementGroup)
        self.kmLabel.setObjectName(u"kmLabel")
        self.kmLabel.setWordWrap(True)

        self.settlementForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kmLabel)

        self.kmSpin = QSpinBox(self.settlementGroup)
        self.kmSpin.setObjectName(u"kmSpin")
        self.kmSpin.setMinimum(500)
        self.kmSpin.setMaximum(100000)
        self.kmSpin.setSingleStep(500)
        self.kmSpin.setMinimumSize(QSize(0, 48))

        self.settlementForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kmSpin)

        self.leadDaysLabel = QLabel(self.settlementGroup)
        self.leadDaysLabel.setObjectName(u"leadDaysLabel")
        self.leadDaysLabel.setWordWrap(True)

        self.settlementForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leadDaysLabel)

        self.leadDaysSpin = QSpinBox(self.settlementGroup)
        self.leadDaysSpin.setObjectName(u"leadDaysSpin")
        self.leadDaysSpin.setMinimum(0)
        self.leadDaysSpin.setMaximum(90)
        self.leadDaysSpin.setMinimumSize(QSize(0, 48))

        self.settlementForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leadDaysSpin)


        self.leftColumn.addWidget(self.settlementGroup)


        self.columnsLayout.addLayout(self.leftColumn)

        self.middleColumn = QVBoxLayout()
        self.middleColumn.setObjectName(u"middleColumn")
        self.valueAddedGroup = QGroupBox(DealerSettingsForm)
        self.valueAddedGroup.setObjectName(u"valueAddedGroup")
        self.valueAddedLayout = QVBoxLayout(self.valueAddedGroup)
        self.valueAddedLayout.setObjectName(u"valueAddedLayout")
        self.valueAddedList = QListWidget(self.valueAddedGroup)
        self.valueAddedList.setObjectName(u"valueAddedList")
        self.valueAddedList.setProperty(u"touch", True)

        self.valueAddedLayout.addWidget(self.valueAddedList)

        self.valueAddedEdit = QLineEdit(self.valueAddedGroup)
        self.valueAddedEdit.setObjectName(u"valueAddedEdit")
        self.valueAddedEdit.setMinimumSize(QSize(0, 48))

        self.valueAddedLayout.addWidget(self.valueAddedEdit)

        self.valueAddedButtons = QHBoxLayout()
        self.valueAddedButtons.setObjectName(u"valueAddedButtons")
        self.addValueAddedButton = QPushButton(self.valueAddedGroup)
        self.addValueAddedButton.setObjectName(u"addValueAddedButton")
        self.addValueAddedButton.setMinimumSize(QSize(0, 48))

        self.valueAddedButtons.addWidget(self.addValueAddedButton)

        self.removeValueAddedButton = QPushButton(self.valueAddedGroup)
        self.removeValueAddedButton.setObjectName(u"removeValueAddedButton")
        self.removeValueAddedButton.setMinimumSize(QSize(0, 48))

        self.valueAddedButtons.addWidget(self.removeValueAddedButton)


        self.valueAddedLayout.addLayout(self.valueAddedButtons)


        self.middleColumn.addWidget(self.valueAddedGroup)

        self.advisorLimitsGroup = QGroupBox(DealerSettingsForm)
        self.advisorLimitsGroup.setObjectName(u"advisorLimitsGroup")
        self.advisorLimitsLayout = QVBoxLayout(self.advisorLimitsGroup)
        self.advisorLimitsLayout.setObjectName(u"advisorLimitsLayout")
        self.advisorList = QListWidget(self.advisorLimitsGroup)
        self.advisorList.setObjectName(u"advisorList")
        self.advisorList.setProperty(u"touch", True)

        self.advisorLimitsLayout.addWidget(self.advisorList)

        self.advisorLimitRow = QHBoxLayout()
        self.advisorLimitRow.setObjectName(u"advisorLimitRow")
        self.advisorLimitEdit = QLineEdit(self.advisorLimitsGroup)
        self.advisorLimitEdit.setObjectName(u"advisorLimitEdit")
        self.advisorLimitEdit.setMinimumSize(QSize(0, 48))

        self.advisorLimitRow.addWidget(self.advisorLimitEdit)

        self.setAdvisorLimitButton = QPushButton(self.advisorLimitsGroup)
        self.setAdvisorLimitButton.setObjectName(u"setAdvisorLimitButton")
        self.setAdvisorLimitButton.setMinimumSize(QSize(0, 48))

        self.advisorLimitRow.addWidget(self.setAdvisorLimitButton)


        self.advisorLimitsLayout.addLayout(self.advisorLimitRow)

        self.advisorLimitError = QLabel(self.advisorLimitsGroup)
        self.advisorLimitError.setObjectName(u"advisorLimitError")
        self.advisorLimitError.setText(u"")
        self.advisorLimitError.setWordWrap(True)

        self.advisorLimitsLayout.addWidget(self.advisorLimitError)


        self.middleColumn.addWidget(self.advisorLimitsGroup)

        self.middleColumn.setStretch(0, 1)

        self.columnsLayout.addLayout(self.middleColumn)

        self.compensationGroup = QGroupBox(DealerSettingsForm)
        self.compensationGroup.setObjectName(u"compensationGroup")
        self.compensationLayout = QVBoxLayout(self.compensationGroup)
        self.compensationLayout.setObjectName(u"compensationLayout")
        self.compensationList = QListWidget(self.compensationGroup)
        self.compensationList.setObjectName(u"compensationList")
        self.compensationList.setProperty(u"touch", True)

        self.compensationLayout.addWidget(self.compensationList)

        self.compensationEdit = QLineEdit(self.compensationGroup)
        self.compensationEdit.setObjectName(u"compensationEdit")
        self.compensationEdit.setMinimumSize(QSize(0, 48))

        self.compensationLayout.addWidget(self.compensationEdit)

        self.compensationButtons = QHBoxLayout()
        self.compensationButtons.setObjectName(u"compensationButtons")
        self.addCompensationButton = QPushButton(self.compensationGroup)
        self.addCompensationButton.setObjectName(u"addCompensationButton")
        self.addCompensationButton.setMinimumSize(QSize(0, 48))

        self.compensationButtons.addWidget(self.addCompensationButton)

        self.retireCompensationButton = QPushButton(self.compensationGroup)
        self.retireCompensationButton.setObjectName(u"retireCompensationButton")
        self.retireCompensationButton.setMinimumSize(QSize(0, 48))

        self.compensationButtons.addWidget(self.retireCompensationButton)


        self.compensationLayout.addLayout(self.compensationButtons)


        self.columnsLayout.addWidget(self.compensationGroup)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)
        self.columnsLayout.setStretch(2, 1)

        self.rootLayout.addLayout(self.columnsLayout)


        self.retranslateUi(DealerSettingsForm)

        QMetaObject.connectSlotsByName(DealerSettingsForm)
    # setupUi

    def retranslateUi(self, DealerSettingsForm):
        DealerSettingsForm.setWindowTitle(QCoreApplication.translate("DealerSettingsForm", u"Dealer settings", None))
        self.backButton.setText(QCoreApplication.translate("DealerSettingsForm", u"Back", None))
        self.titleLabel.setText(QCoreApplication.translate("DealerSettingsForm", u"Dealer settings", None))
        self.saveButton.setText(QCoreApplication.translate("DealerSettingsForm", u"Save settings", None))
        self.settlementGroup.setTitle(QCoreApplication.translate("DealerSettingsForm", u"Settlement and delivery (P4, D4, D5)", None))
        self.laborLabel.setText(QCoreApplication.translate("DealerSettingsForm", u"Labor billed by", None))
        self.discountLabel.setText(QCoreApplication.translate("DealerSettingsForm", u"Advisors' discount limit (yuan)", None))
        self.monthsLabel.setText(QCoreApplication.translate("DealerSettingsForm", u"Service interval (months)", None))
        self.kmLabel.setText(QCoreApplication.translate("DealerSettingsForm", u"Service interval (km)", None))
        self.leadDaysLabel.setText(QCoreApplication.translate("DealerSettingsForm", u"Service reminder sent (days before)", None))
        self.valueAddedGroup.setTitle(QCoreApplication.translate("DealerSettingsForm", u"Value-added services at delivery (D6)", None))
        self.valueAddedEdit.setPlaceholderText(QCoreApplication.translate("DealerSettingsForm", u"A service, e.g. free car wash", None))
        self.addValueAddedButton.setText(QCoreApplication.translate("DealerSettingsForm", u"Add", None))
        self.removeValueAddedButton.setText(QCoreApplication.translate("DealerSettingsForm", u"Remove selected", None))
        self.advisorLimitsGroup.setTitle(QCoreApplication.translate("DealerSettingsForm", u"Each advisor's own discount limit (D4)", None))
        self.advisorLimitEdit.setPlaceholderText(QCoreApplication.translate("DealerSettingsForm", u"Yuan (empty: the dealer's limit)", None))
        self.setAdvisorLimitButton.setText(QCoreApplication.translate("DealerSettingsForm", u"Set limit", None))
        self.compensationGroup.setTitle(QCoreApplication.translate("DealerSettingsForm", u"Compensation offered for a delay (W5)", None))
        self.compensationEdit.setPlaceholderText(QCoreApplication.translate("DealerSettingsForm", u"A compensation, e.g. a free oil change", None))
        self.addCompensationButton.setText(QCoreApplication.translate("DealerSettingsForm", u"Add to the list", None))
        self.retireCompensationButton.setText(QCoreApplication.translate("DealerSettingsForm", u"Retire the chosen one", None))
    # retranslateUi

