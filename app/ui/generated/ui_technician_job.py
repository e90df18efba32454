# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'technician_job.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from app.ui.reception.drawing import SignaturePad

class Ui_TechnicianJobForm(object):
    def setupUi(self, TechnicianJobForm):
        if not TechnicianJobForm.objectName():
            TechnicianJobForm.setObjectName(u"TechnicianJobForm")
        self.rootLayout = QVBoxLayout(TechnicianJobForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(TechnicianJobForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.caseLabel = QLabel(TechnicianJobForm)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setText(u"")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.caseLabel)

        self.updatedLabel = QLabel(TechnicianJobForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)

        self.keyStepsButton = QPushButton(TechnicianJobForm)
        self.keyStepsButton.setObjectName(u"keyStepsButton")

        self.headerLayout.addWidget(self.keyStepsButton)

        self.headerLayout.setStretch(1, 1)

        self.rootLayout.addLayout(self.headerLayout)

        self.actionErrorLabel = QLabel(TechnicianJobForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)
        self.actionErrorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.actionErrorLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.laborBox = QGroupBox(TechnicianJobForm)
        self.laborBox.setObjectName(u"laborBox")
        self.laborLayout = QVBoxLayout(self.laborBox)
        self.laborLayout.setObjectName(u"laborLayout")
        self.laborView = QTableView(self.laborBox)
        self.laborView.setObjectName(u"laborView")
        self.laborView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.laborView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.laborView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.laborView.setAlternatingRowColors(True)
        self.laborView.setWordWrap(False)

        self.laborLayout.addWidget(self.laborView)

        self.referenceLabel = QLabel(self.laborBox)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setText(u"")
        self.referenceLabel.setWordWrap(True)
        self.referenceLabel.setProperty(u"role", u"reference")

        self.laborLayout.addWidget(self.referenceLabel)

        self.clockLayout = QHBoxLayout()
        self.clockLayout.setObjectName(u"clockLayout")
        self.startLineButton = QPushButton(self.laborBox)
        self.startLineButton.setObjectName(u"startLineButton")
        self.startLineButton.setProperty(u"role", u"primary")

        self.clockLayout.addWidget(self.startLineButton)

        self.pauseReasonCombo = QComboBox(self.laborBox)
        self.pauseReasonCombo.setObjectName(u"pauseReasonCombo")
        self.pauseReasonCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pauseReasonCombo.setMinimumContentsLength(14)

        self.clockLayout.addWidget(self.pauseReasonCombo)

        self.pauseLineButton = QPushButton(self.laborBox)
        self.pauseLineButton.setObjectName(u"pauseLineButton")

        self.clockLayout.addWidget(self.pauseLineButton)

        self.resumeLineButton = QPushButton(self.laborBox)
        self.resumeLineButton.setObjectName(u"resumeLineButton")

        self.clockLayout.addWidget(self.resumeLineButton)

        self.finishLineButton = QPushButton(self.laborBox)
        self.finishLineButton.setObjectName(u"finishLineButton")

        self.clockLayout.addWidget(self.finishLineButton)


        self.laborLayout.addLayout(self.clockLayout)

        self.jobLayout = QHBoxLayout()
        self.jobLayout.setObjectName(u"jobLayout")
        self.clockHintLabel = QLabel(self.laborBox)
        self.clockHintLabel.setObjectName(u"clockHintLabel")
        self.clockHintLabel.setText(u"")
        self.clockHintLabel.setWordWrap(True)

        self.jobLayout.addWidget(self.clockHintLabel)

        self.jobSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.jobLayout.addItem(self.jobSpacer)

        self.jobDoneButton = QPushButton(self.laborBox)
        self.jobDoneButton.setObjectName(u"jobDoneButton")
        self.jobDoneButton.setProperty(u"role", u"primary")

        self.jobLayout.addWidget(self.jobDoneButton)


        self.laborLayout.addLayout(self.jobLayout)


        self.bodyLayout.addWidget(self.laborBox)

        self.tabs = QTabWidget(TechnicianJobForm)
        self.tabs.setObjectName(u"tabs")
        self.partsTab = QWidget()
        self.partsTab.setObjectName(u"partsTab")
        self.partsLayout = QVBoxLayout(self.partsTab)
        self.partsLayout.setObjectName(u"partsLayout")
        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanEdit = QLineEdit(self.partsTab)
        self.scanEdit.setObjectName(u"scanEdit")

        self.scanLayout.addWidget(self.scanEdit)

        self.fitButton = QPushButton(self.partsTab)
        self.fitButton.setObjectName(u"fitButton")
        self.fitButton.setProperty(u"role", u"primary")

        self.scanLayout.addWidget(self.fitButton)


        self.partsLayout.addLayout(self.scanLayout)

        self.scanErrorLabel = QLabel(self.partsTab)
        self.scanErrorLabel.setObjectName(u"scanErrorLabel")
        self.scanErrorLabel.setText(u"")
        self.scanErrorLabel.setWordWrap(True)
        self.scanErrorLabel.setProperty(u"role", u"error")

        self.partsLayout.addWidget(self.scanErrorLabel)

        self.partsView = QTableView(self.partsTab)
        self.partsView.setObjectName(u"partsView")
        self.partsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partsView.setAlternatingRowColors(True)
        self.partsView.setWordWrap(False)

        self.partsLayout.addWidget(self.partsView)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.partsHintLabel = QLabel(self.partsTab)
        self.partsHintLabel.setObjectName(u"partsHintLabel")
        self.partsHintLabel.setText(u"")
        self.partsHintLabel.setWordWrap(True)

        self.chooseLayout.addWidget(self.partsHintLabel)

        self.chooseSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.photoFileButton = QPushButton(self.partsTab)
        self.photoFileButton.setObjectName(u"photoFileButton")

        self.chooseLayout.addWidget(self.photoFileButton)

        self.fitChosenButton = QPushButton(self.partsTab)
        self.fitChosenButton.setObjectName(u"fitChosenButton")

        self.chooseLayout.addWidget(self.fitChosenButton)


        self.partsLayout.addLayout(self.chooseLayout)

        self.fittedView = QTableView(self.partsTab)
        self.fittedView.setObjectName(u"fittedView")
        self.fittedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fittedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fittedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fittedView.setAlternatingRowColors(True)
        self.fittedView.setWordWrap(False)

        self.partsLayout.addWidget(self.fittedView)

        self.packagingLayout = QHBoxLayout()
        self.packagingLayout.setObjectName(u"packagingLayout")
        self.shownButton = QPushButton(self.partsTab)
        self.shownButton.setObjectName(u"shownButton")

        self.packagingLayout.addWidget(self.shownButton)

        self.handedButton = QPushButton(self.partsTab)
        self.handedButton.setObjectName(u"handedButton")

        self.packagingLayout.addWidget(self.handedButton)

        self.disposedButton = QPushButton(self.partsTab)
        self.disposedButton.setObjectName(u"disposedButton")

        self.packagingLayout.addWidget(self.disposedButton)


        self.partsLayout.addLayout(self.packagingLayout)

        self.tabs.addTab(self.partsTab, "")
        self.cameraTab = QWidget()
        self.cameraTab.setObjectName(u"cameraTab")
        self.cameraTabLayout = QVBoxLayout(self.cameraTab)
        self.cameraTabLayout.setObjectName(u"cameraTabLayout")
        self.cameraHintLabel = QLabel(self.cameraTab)
        self.cameraHintLabel.setObjectName(u"cameraHintLabel")
        self.cameraHintLabel.setText(u"")
        self.cameraHintLabel.setWordWrap(True)

        self.cameraTabLayout.addWidget(self.cameraHintLabel)

        self.cameraHost = QWidget(self.cameraTab)
        self.cameraHost.setObjectName(u"cameraHost")
        self.cameraHostLayout = QVBoxLayout(self.cameraHost)
        self.cameraHostLayout.setObjectName(u"cameraHostLayout")
        self.cameraHostLayout.setContentsMargins(0, 0, 0, 0)

        self.cameraTabLayout.addWidget(self.cameraHost)

        self.cameraButtonsLayout = QHBoxLayout()
        self.cameraButtonsLayout.setObjectName(u"cameraButtonsLayout")
        self.readCodesButton = QPushButton(self.cameraTab)
        self.readCodesButton.setObjectName(u"readCodesButton")
        self.readCodesButton.setCheckable(True)

        self.cameraButtonsLayout.addWidget(self.readCodesButton)

        self.cameraSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cameraButtonsLayout.addItem(self.cameraSpacer)


        self.cameraTabLayout.addLayout(self.cameraButtonsLayout)

        self.tabs.addTab(self.cameraTab, "")
        self.extraTab = QWidget()
        self.extraTab.setObjectName(u"extraTab")
        self.extraLayout = QVBoxLayout(self.extraTab)
        self.extraLayout.setObjectName(u"extraLayout")
        self.extraGrid = QGridLayout()
        self.extraGrid.setObjectName(u"extraGrid")
        self.extraCodeLabel = QLabel(self.extraTab)
        self.extraCodeLabel.setObjectName(u"extraCodeLabel")

        self.extraGrid.addWidget(self.extraCodeLabel, 0, 0, 1, 1)

        self.extraCodeEdit = QLineEdit(self.extraTab)
        self.extraCodeEdit.setObjectName(u"extraCodeEdit")

        self.extraGrid.addWidget(self.extraCodeEdit, 0, 1, 1, 1)

        self.extraQtyLabel = QLabel(self.extraTab)
        self.extraQtyLabel.setObjectName(u"extraQtyLabel")

        self.extraGrid.addWidget(self.extraQtyLabel, 0, 2, 1, 1)

        self.extraQtyEdit = QLineEdit(self.extraTab)
        self.extraQtyEdit.setObjectName(u"extraQtyEdit")

        self.extraGrid.addWidget(self.extraQtyEdit, 0, 3, 1, 1)

        self.extraDescriptionLabel = QLabel(self.extraTab)
        self.extraDescriptionLabel.setObjectName(u"extraDescriptionLabel")

        self.extraGrid.addWidget(self.extraDescriptionLabel, 1, 0, 1, 1)

        self.extraDescriptionEdit = QLineEdit(self.extraTab)
        self.extraDescriptionEdit.setObjectName(u"extraDescriptionEdit")

        self.extraGrid.addWidget(self.extraDescriptionEdit, 1, 1, 1, 1)

        self.extraSourceCombo = QComboBox(self.extraTab)
        self.extraSourceCombo.setObjectName(u"extraSourceCombo")
        self.extraSourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.extraSourceCombo.setMinimumContentsLength(11)

        self.extraGrid.addWidget(self.extraSourceCombo, 1, 2, 1, 1)

        self.extraPartNoEdit = QLineEdit(self.extraTab)
        self.extraPartNoEdit.setObjectName(u"extraPartNoEdit")

        self.extraGrid.addWidget(self.extraPartNoEdit, 1, 3, 1, 1)

        self.extraReasonLabel = QLabel(self.extraTab)
        self.extraReasonLabel.setObjectName(u"extraReasonLabel")

        self.extraGrid.addWidget(self.extraReasonLabel, 2, 0, 1, 1)

        self.extraReasonEdit = QLineEdit(self.extraTab)
        self.extraReasonEdit.setObjectName(u"extraReasonEdit")

        self.extraGrid.addWidget(self.extraReasonEdit, 2, 1, 1, 2)

        self.addExtraButton = QPushButton(self.extraTab)
        self.addExtraButton.setObjectName(u"addExtraButton")

        self.extraGrid.addWidget(self.addExtraButton, 2, 3, 1, 1)


        self.extraLayout.addLayout(self.extraGrid)

        self.extraView = QTableView(self.extraTab)
        self.extraView.setObjectName(u"extraView")
        self.extraView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.extraView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.extraView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.extraView.setAlternatingRowColors(True)
        self.extraView.setWordWrap(False)

        self.extraLayout.addWidget(self.extraView)

        self.approvalLayout = QHBoxLayout()
        self.approvalLayout.setObjectName(u"approvalLayout")
        self.approvalMethodCombo = QComboBox(self.extraTab)
        self.approvalMethodCombo.setObjectName(u"approvalMethodCombo")
        self.approvalMethodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.approvalMethodCombo.setMinimumContentsLength(15)

        self.approvalLayout.addWidget(self.approvalMethodCombo)

        self.approverEdit = QLineEdit(self.extraTab)
        self.approverEdit.setObjectName(u"approverEdit")

        self.approvalLayout.addWidget(self.approverEdit)

        self.approvalChannelCombo = QComboBox(self.extraTab)
        self.approvalChannelCombo.setObjectName(u"approvalChannelCombo")
        self.approvalChannelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.approvalChannelCombo.setMinimumContentsLength(8)

        self.approvalLayout.addWidget(self.approvalChannelCombo)

        self.scanSheetButton = QPushButton(self.extraTab)
        self.scanSheetButton.setObjectName(u"scanSheetButton")

        self.approvalLayout.addWidget(self.scanSheetButton)


        self.extraLayout.addLayout(self.approvalLayout)

        self.signaturePad = SignaturePad(self.extraTab)
        self.signaturePad.setObjectName(u"signaturePad")

        self.extraLayout.addWidget(self.signaturePad)

        self.approveLayout = QHBoxLayout()
        self.approveLayout.setObjectName(u"approveLayout")
        self.extraErrorLabel = QLabel(self.extraTab)
        self.extraErrorLabel.setObjectName(u"extraErrorLabel")
        self.extraErrorLabel.setText(u"")
        self.extraErrorLabel.setWordWrap(True)
        self.extraErrorLabel.setProperty(u"role", u"error")

        self.approveLayout.addWidget(self.extraErrorLabel)

        self.approveSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approveLayout.addItem(self.approveSpacer)

        self.clearPadButton = QPushButton(self.extraTab)
        self.clearPadButton.setObjectName(u"clearPadButton")

        self.approveLayout.addWidget(self.clearPadButton)

        self.approveButton = QPushButton(self.extraTab)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setProperty(u"role", u"primary")

        self.approveLayout.addWidget(self.approveButton)


        self.extraLayout.addLayout(self.approveLayout)

        self.tabs.addTab(self.extraTab, "")

        self.bodyLayout.addWidget(self.tabs)

        self.bodyLayout.setStretch(0, 5)
        self.bodyLayout.setStretch(1, 4)

        self.rootLayout.addLayout(self.bodyLayout)

        self.rootLayout.setStretch(2, 1)

        self.retranslateUi(TechnicianJobForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TechnicianJobForm)
    # setupUi

    def retranslateUi(self, TechnicianJobForm):
        TechnicianJobForm.setWindowTitle(QCoreApplication.translate("TechnicianJobForm", u"Job", None))
        self.backButton.setText(QCoreApplication.translate("TechnicianJobForm", u"\u25c0 My jobs", None))
        self.keyStepsButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Key steps", None))
        self.laborBox.setTitle(QCoreApplication.translate("TechnicianJobForm", u"Labor lines: job clock", None))
        self.startLineButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Start", None))
        self.pauseLineButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Pause", None))
        self.resumeLineButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Resume", None))
        self.finishLineButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Finish line", None))
        self.jobDoneButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Job done: to QC", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("TechnicianJobForm", u"Scan the packaging, or type the part number and press Enter", None))
        self.fitButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Fit", None))
        self.photoFileButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Photo from file\u2026", None))
        self.fitChosenButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Fit the chosen line", None))
        self.shownButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Shown", None))
        self.handedButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Handed over", None))
        self.disposedButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Disposed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partsTab), QCoreApplication.translate("TechnicianJobForm", u"Parts", None))
        self.readCodesButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Read codes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cameraTab), QCoreApplication.translate("TechnicianJobForm", u"Bay camera", None))
        self.extraCodeLabel.setText(QCoreApplication.translate("TechnicianJobForm", u"Catalogue code", None))
        self.extraCodeEdit.setPlaceholderText(QCoreApplication.translate("TechnicianJobForm", u"Part number or labor code", None))
        self.extraQtyLabel.setText(QCoreApplication.translate("TechnicianJobForm", u"Quantity", None))
        self.extraQtyEdit.setPlaceholderText(QCoreApplication.translate("TechnicianJobForm", u"Qty (1)", None))
        self.extraDescriptionLabel.setText(QCoreApplication.translate("TechnicianJobForm", u"Or free text", None))
        self.extraDescriptionEdit.setPlaceholderText(QCoreApplication.translate("TechnicianJobForm", u"What the part is", None))
        self.extraPartNoEdit.setPlaceholderText(QCoreApplication.translate("TechnicianJobForm", u"Part number (OEM, certified)", None))
        self.extraReasonLabel.setText(QCoreApplication.translate("TechnicianJobForm", u"Why", None))
        self.extraReasonEdit.setPlaceholderText(QCoreApplication.translate("TechnicianJobForm", u"What was found", None))
        self.addExtraButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Add extra line", None))
        self.approverEdit.setPlaceholderText(QCoreApplication.translate("TechnicianJobForm", u"Who approved", None))
        self.scanSheetButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Paper sheet\u2026", None))
        self.clearPadButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Clear", None))
        self.approveButton.setText(QCoreApplication.translate("TechnicianJobForm", u"Record the customer's approval", None))
        self.tabs.setTabText(self.tabs.indexOf(self.extraTab), QCoreApplication.translate("TechnicianJobForm", u"Extra work", None))
    # retranslateUi

