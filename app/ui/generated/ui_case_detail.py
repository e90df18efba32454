# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_detail.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseDetailForm(object):
    def setupUi(self, CaseDetailForm):
        if not CaseDetailForm.objectName():
            CaseDetailForm.setObjectName(u"CaseDetailForm")
        self.rootLayout = QVBoxLayout(CaseDetailForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(CaseDetailForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.orderLabel = QLabel(CaseDetailForm)
        self.orderLabel.setObjectName(u"orderLabel")
        self.orderLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.orderLabel)

        self.stateLabel = QLabel(CaseDetailForm)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        self.stateLabel.setProperty(u"role", u"badge")

        self.headerLayout.addWidget(self.stateLabel)

        self.urgentLabel = QLabel(CaseDetailForm)
        self.urgentLabel.setObjectName(u"urgentLabel")
        self.urgentLabel.setText(u"")
        self.urgentLabel.setProperty(u"role", u"urgent")

        self.headerLayout.addWidget(self.urgentLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.ownerLabel = QLabel(CaseDetailForm)
        self.ownerLabel.setObjectName(u"ownerLabel")
        self.ownerLabel.setText(u"")
        self.ownerLabel.setProperty(u"role", u"owner")

        self.headerLayout.addWidget(self.ownerLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.actionBar = QFrame(CaseDetailForm)
        self.actionBar.setObjectName(u"actionBar")
        self.actionBar.setProperty(u"role", u"caseActionBar")
        self.actionLayout = QHBoxLayout(self.actionBar)
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionLayout.setContentsMargins(0, 0, 0, 0)
        self.receptionButton = QPushButton(self.actionBar)
        self.receptionButton.setObjectName(u"receptionButton")
        self.receptionButton.setProperty(u"role", u"caseAction")
        self.receptionButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.receptionButton)

        self.feedbackButton = QPushButton(self.actionBar)
        self.feedbackButton.setObjectName(u"feedbackButton")
        self.feedbackButton.setProperty(u"role", u"caseAction")
        self.feedbackButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.feedbackButton)

        self.settleButton = QPushButton(self.actionBar)
        self.settleButton.setObjectName(u"settleButton")
        self.settleButton.setProperty(u"role", u"caseAction")
        self.settleButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.settleButton)

        self.deliverButton = QPushButton(self.actionBar)
        self.deliverButton.setObjectName(u"deliverButton")
        self.deliverButton.setProperty(u"role", u"caseAction")
        self.deliverButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.deliverButton)

        self.dispatchButton = QPushButton(self.actionBar)
        self.dispatchButton.setObjectName(u"dispatchButton")
        self.dispatchButton.setProperty(u"role", u"caseAction")
        self.dispatchButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.dispatchButton)

        self.jobButton = QPushButton(self.actionBar)
        self.jobButton.setObjectName(u"jobButton")
        self.jobButton.setProperty(u"role", u"caseAction")
        self.jobButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.jobButton)

        self.progressButton = QPushButton(self.actionBar)
        self.progressButton.setObjectName(u"progressButton")
        self.progressButton.setProperty(u"role", u"caseAction")
        self.progressButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.progressButton)

        self.qcButton = QPushButton(self.actionBar)
        self.qcButton.setObjectName(u"qcButton")
        self.qcButton.setProperty(u"role", u"caseAction")
        self.qcButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.qcButton)

        self.reviseButton = QPushButton(self.actionBar)
        self.reviseButton.setObjectName(u"reviseButton")
        self.reviseButton.setProperty(u"role", u"caseAction")
        self.reviseButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.reviseButton)

        self.handOverButton = QPushButton(self.actionBar)
        self.handOverButton.setObjectName(u"handOverButton")
        self.handOverButton.setProperty(u"role", u"caseAction")
        self.handOverButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.handOverButton)

        self.complaintButton = QPushButton(self.actionBar)
        self.complaintButton.setObjectName(u"complaintButton")
        self.complaintButton.setProperty(u"role", u"caseAction")
        self.complaintButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.complaintButton)

        self.complaintsButton = QPushButton(self.actionBar)
        self.complaintsButton.setObjectName(u"complaintsButton")
        self.complaintsButton.setProperty(u"role", u"caseAction")
        self.complaintsButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.complaintsButton)

        self.comebackButton = QPushButton(self.actionBar)
        self.comebackButton.setObjectName(u"comebackButton")
        self.comebackButton.setProperty(u"role", u"caseAction")
        self.comebackButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.comebackButton)

        self.cancelButton = QPushButton(self.actionBar)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setProperty(u"role", u"caseAction")
        self.cancelButton.setMinimumSize(QSize(0, 48))

        self.actionLayout.addWidget(self.cancelButton)

        self.linksLabel = QLabel(self.actionBar)
        self.linksLabel.setObjectName(u"linksLabel")
        self.linksLabel.setText(u"")
        self.linksLabel.setTextFormat(Qt.TextFormat.RichText)
        self.linksLabel.setWordWrap(False)

        self.actionLayout.addWidget(self.linksLabel)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.rootLayout.addWidget(self.actionBar)

        self.actionErrorLabel = QLabel(CaseDetailForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.actionErrorLabel)

        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.customerGroup = QGroupBox(CaseDetailForm)
        self.customerGroup.setObjectName(u"customerGroup")
        self.customerGrid = QGridLayout(self.customerGroup)
        self.customerGrid.setObjectName(u"customerGrid")
        self.customerNameCaption = QLabel(self.customerGroup)
        self.customerNameCaption.setObjectName(u"customerNameCaption")
        self.customerNameCaption.setProperty(u"role", u"caption")

        self.customerGrid.addWidget(self.customerNameCaption, 0, 0, 1, 1)

        self.customerNameLabel = QLabel(self.customerGroup)
        self.customerNameLabel.setObjectName(u"customerNameLabel")
        self.customerNameLabel.setText(u"")
        self.customerNameLabel.setWordWrap(True)
        self.customerNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customerGrid.addWidget(self.customerNameLabel, 0, 1, 1, 1)

        self.customerPhoneCaption = QLabel(self.customerGroup)
        self.customerPhoneCaption.setObjectName(u"customerPhoneCaption")
        self.customerPhoneCaption.setProperty(u"role", u"caption")

        self.customerGrid.addWidget(self.customerPhoneCaption, 1, 0, 1, 1)

        self.customerPhoneLabel = QLabel(self.customerGroup)
        self.customerPhoneLabel.setObjectName(u"customerPhoneLabel")
        self.customerPhoneLabel.setText(u"")
        self.customerPhoneLabel.setWordWrap(True)
        self.customerPhoneLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customerGrid.addWidget(self.customerPhoneLabel, 1, 1, 1, 1)

        self.preferencesCaption = QLabel(self.customerGroup)
        self.preferencesCaption.setObjectName(u"preferencesCaption")
        self.preferencesCaption.setProperty(u"role", u"caption")

        self.customerGrid.addWidget(self.preferencesCaption, 2, 0, 1, 1)

        self.preferencesLabel = QLabel(self.customerGroup)
        self.preferencesLabel.setObjectName(u"preferencesLabel")
        self.preferencesLabel.setText(u"")
        self.preferencesLabel.setWordWrap(True)
        self.preferencesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customerGrid.addWidget(self.preferencesLabel, 2, 1, 1, 1)

        self.channelCaption = QLabel(self.customerGroup)
        self.channelCaption.setObjectName(u"channelCaption")
        self.channelCaption.setProperty(u"role", u"caption")

        self.customerGrid.addWidget(self.channelCaption, 3, 0, 1, 1)

        self.channelLabel = QLabel(self.customerGroup)
        self.channelLabel.setObjectName(u"channelLabel")
        self.channelLabel.setText(u"")
        self.channelLabel.setWordWrap(True)
        self.channelLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customerGrid.addWidget(self.channelLabel, 3, 1, 1, 1)

        self.customerGrid.setColumnStretch(1, 1)

        self.groupsLayout.addWidget(self.customerGroup)

        self.assetGroup = QGroupBox(CaseDetailForm)
        self.assetGroup.setObjectName(u"assetGroup")
        self.assetGrid = QGridLayout(self.assetGroup)
        self.assetGrid.setObjectName(u"assetGrid")
        self.assetCaption = QLabel(self.assetGroup)
        self.assetCaption.setObjectName(u"assetCaption")
        self.assetCaption.setProperty(u"role", u"caption")

        self.assetGrid.addWidget(self.assetCaption, 0, 0, 1, 1)

        self.assetLabel = QLabel(self.assetGroup)
        self.assetLabel.setObjectName(u"assetLabel")
        self.assetLabel.setText(u"")
        self.assetLabel.setWordWrap(True)
        self.assetLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.assetGrid.addWidget(self.assetLabel, 0, 1, 1, 1)

        self.identifierCaption = QLabel(self.assetGroup)
        self.identifierCaption.setObjectName(u"identifierCaption")
        self.identifierCaption.setProperty(u"role", u"caption")

        self.assetGrid.addWidget(self.identifierCaption, 1, 0, 1, 1)

        self.identifierLabel = QLabel(self.assetGroup)
        self.identifierLabel.setObjectName(u"identifierLabel")
        self.identifierLabel.setText(u"")
        self.identifierLabel.setWordWrap(True)
        self.identifierLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.assetGrid.addWidget(self.identifierLabel, 1, 1, 1, 1)

        self.mileageCaption = QLabel(self.assetGroup)
        self.mileageCaption.setObjectName(u"mileageCaption")
        self.mileageCaption.setProperty(u"role", u"caption")

        self.assetGrid.addWidget(self.mileageCaption, 2, 0, 1, 1)

        self.mileageLabel = QLabel(self.assetGroup)
        self.mileageLabel.setObjectName(u"mileageLabel")
        self.mileageLabel.setText(u"")
        self.mileageLabel.setWordWrap(True)
        self.mileageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.assetGrid.addWidget(self.mileageLabel, 2, 1, 1, 1)

        self.assetGrid.setColumnStretch(1, 1)

        self.groupsLayout.addWidget(self.assetGroup)

        self.workGroup = QGroupBox(CaseDetailForm)
        self.workGroup.setObjectName(u"workGroup")
        self.workGrid = QGridLayout(self.workGroup)
        self.workGrid.setObjectName(u"workGrid")
        self.faultCaption = QLabel(self.workGroup)
        self.faultCaption.setObjectName(u"faultCaption")
        self.faultCaption.setProperty(u"role", u"caption")

        self.workGrid.addWidget(self.faultCaption, 0, 0, 1, 1)

        self.faultLabel = QLabel(self.workGroup)
        self.faultLabel.setObjectName(u"faultLabel")
        self.faultLabel.setText(u"")
        self.faultLabel.setWordWrap(True)
        self.faultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workGrid.addWidget(self.faultLabel, 0, 1, 1, 1)

        self.diagnosisCaption = QLabel(self.workGroup)
        self.diagnosisCaption.setObjectName(u"diagnosisCaption")
        self.diagnosisCaption.setProperty(u"role", u"caption")

        self.workGrid.addWidget(self.diagnosisCaption, 1, 0, 1, 1)

        self.diagnosisLabel = QLabel(self.workGroup)
        self.diagnosisLabel.setObjectName(u"diagnosisLabel")
        self.diagnosisLabel.setText(u"")
        self.diagnosisLabel.setWordWrap(True)
        self.diagnosisLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workGrid.addWidget(self.diagnosisLabel, 1, 1, 1, 1)

        self.technicianCaption = QLabel(self.workGroup)
        self.technicianCaption.setObjectName(u"technicianCaption")
        self.technicianCaption.setProperty(u"role", u"caption")

        self.workGrid.addWidget(self.technicianCaption, 2, 0, 1, 1)

        self.technicianLabel = QLabel(self.workGroup)
        self.technicianLabel.setObjectName(u"technicianLabel")
        self.technicianLabel.setText(u"")
        self.technicianLabel.setWordWrap(True)
        self.technicianLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workGrid.addWidget(self.technicianLabel, 2, 1, 1, 1)

        self.promisedCaption = QLabel(self.workGroup)
        self.promisedCaption.setObjectName(u"promisedCaption")
        self.promisedCaption.setProperty(u"role", u"caption")

        self.workGrid.addWidget(self.promisedCaption, 3, 0, 1, 1)

        self.promisedLabel = QLabel(self.workGroup)
        self.promisedLabel.setObjectName(u"promisedLabel")
        self.promisedLabel.setText(u"")
        self.promisedLabel.setWordWrap(True)
        self.promisedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workGrid.addWidget(self.promisedLabel, 3, 1, 1, 1)

        self.workGrid.setColumnStretch(1, 1)

        self.groupsLayout.addWidget(self.workGroup)


        self.rootLayout.addLayout(self.groupsLayout)

        self.tabs = QTabWidget(CaseDetailForm)
        self.tabs.setObjectName(u"tabs")
        self.linesTab = QWidget()
        self.linesTab.setObjectName(u"linesTab")
        self.linesLayout = QVBoxLayout(self.linesTab)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesView = QTableView(self.linesTab)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setWordWrap(False)

        self.linesLayout.addWidget(self.linesView)

        self.totalsLabel = QLabel(self.linesTab)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setProperty(u"role", u"totals")

        self.linesLayout.addWidget(self.totalsLabel)

        self.tabs.addTab(self.linesTab, "")
        self.slaTab = QWidget()
        self.slaTab.setObjectName(u"slaTab")
        self.slaLayout = QVBoxLayout(self.slaTab)
        self.slaLayout.setObjectName(u"slaLayout")
        self.slaView = QTableView(self.slaTab)
        self.slaView.setObjectName(u"slaView")
        self.slaView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.slaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.slaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slaView.setAlternatingRowColors(True)
        self.slaView.setWordWrap(False)

        self.slaLayout.addWidget(self.slaView)

        self.tabs.addTab(self.slaTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineView = QTableView(self.timelineTab)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setWordWrap(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.tabs.addTab(self.timelineTab, "")

        self.rootLayout.addWidget(self.tabs)


        self.retranslateUi(CaseDetailForm)

        QMetaObject.connectSlotsByName(CaseDetailForm)
    # setupUi

    def retranslateUi(self, CaseDetailForm):
        CaseDetailForm.setWindowTitle(QCoreApplication.translate("CaseDetailForm", u"Case", None))
        self.backButton.setText(QCoreApplication.translate("CaseDetailForm", u"Back", None))
        self.orderLabel.setText(QCoreApplication.translate("CaseDetailForm", u"Case", None))
        self.receptionButton.setText(QCoreApplication.translate("CaseDetailForm", u"Continue reception", None))
        self.feedbackButton.setText(QCoreApplication.translate("CaseDetailForm", u"Feedback and close", None))
        self.settleButton.setText(QCoreApplication.translate("CaseDetailForm", u"Settlement", None))
        self.deliverButton.setText(QCoreApplication.translate("CaseDetailForm", u"Delivery", None))
        self.dispatchButton.setText(QCoreApplication.translate("CaseDetailForm", u"Dispatch board", None))
        self.jobButton.setText(QCoreApplication.translate("CaseDetailForm", u"Job", None))
        self.progressButton.setText(QCoreApplication.translate("CaseDetailForm", u"Progress", None))
        self.qcButton.setText(QCoreApplication.translate("CaseDetailForm", u"QC inspection", None))
        self.reviseButton.setText(QCoreApplication.translate("CaseDetailForm", u"Revise estimate", None))
        self.handOverButton.setText(QCoreApplication.translate("CaseDetailForm", u"Hand over", None))
        self.complaintButton.setText(QCoreApplication.translate("CaseDetailForm", u"Complaint", None))
        self.complaintsButton.setText(QCoreApplication.translate("CaseDetailForm", u"Complaints", None))
        self.comebackButton.setText(QCoreApplication.translate("CaseDetailForm", u"Comeback", None))
        self.cancelButton.setText(QCoreApplication.translate("CaseDetailForm", u"Cancel case", None))
        self.customerGroup.setTitle(QCoreApplication.translate("CaseDetailForm", u"Customer", None))
        self.customerNameCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Name", None))
        self.customerPhoneCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Phone", None))
        self.preferencesCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Preferences (P1)", None))
        self.channelCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Contact by", None))
        self.assetGroup.setTitle(QCoreApplication.translate("CaseDetailForm", u"Vehicle / product", None))
        self.assetCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Item", None))
        self.identifierCaption.setText(QCoreApplication.translate("CaseDetailForm", u"VIN / serial", None))
        self.mileageCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Mileage", None))
        self.workGroup.setTitle(QCoreApplication.translate("CaseDetailForm", u"Work", None))
        self.faultCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Fault", None))
        self.diagnosisCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Diagnosis", None))
        self.technicianCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Technician", None))
        self.promisedCaption.setText(QCoreApplication.translate("CaseDetailForm", u"Promised", None))
        self.tabs.setTabText(self.tabs.indexOf(self.linesTab), QCoreApplication.translate("CaseDetailForm", u"Estimate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.slaTab), QCoreApplication.translate("CaseDetailForm", u"SLA clocks", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("CaseDetailForm", u"Timeline", None))
    # retranslateUi

