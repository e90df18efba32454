# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_intake.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from app.ui.reception.diagram import ZoneDiagram
from app.ui.reception.drawing import MarkupCanvas

class Ui_ReceptionIntakeForm(object):
    def setupUi(self, ReceptionIntakeForm):
        if not ReceptionIntakeForm.objectName():
            ReceptionIntakeForm.setObjectName(u"ReceptionIntakeForm")
        self.rootLayout = QHBoxLayout(ReceptionIntakeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.damageBox = QGroupBox(ReceptionIntakeForm)
        self.damageBox.setObjectName(u"damageBox")
        self.damageLayout = QVBoxLayout(self.damageBox)
        self.damageLayout.setObjectName(u"damageLayout")
        self.diagramLayout = QHBoxLayout()
        self.diagramLayout.setObjectName(u"diagramLayout")
        self.zoneDiagram = ZoneDiagram(self.damageBox)
        self.zoneDiagram.setObjectName(u"zoneDiagram")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.zoneDiagram.sizePolicy().hasHeightForWidth())
        self.zoneDiagram.setSizePolicy(sizePolicy)

        self.diagramLayout.addWidget(self.zoneDiagram)

        self.quickLayout = QVBoxLayout()
        self.quickLayout.setObjectName(u"quickLayout")
        self.quickScratchButton = QPushButton(self.damageBox)
        self.quickScratchButton.setObjectName(u"quickScratchButton")
        self.quickScratchButton.setEnabled(False)
        self.quickScratchButton.setText(u"Scratch")

        self.quickLayout.addWidget(self.quickScratchButton)

        self.quickDentButton = QPushButton(self.damageBox)
        self.quickDentButton.setObjectName(u"quickDentButton")
        self.quickDentButton.setEnabled(False)
        self.quickDentButton.setText(u"Dent")

        self.quickLayout.addWidget(self.quickDentButton)

        self.quickCrackButton = QPushButton(self.damageBox)
        self.quickCrackButton.setObjectName(u"quickCrackButton")
        self.quickCrackButton.setEnabled(False)
        self.quickCrackButton.setText(u"Crack")

        self.quickLayout.addWidget(self.quickCrackButton)

        self.quickDeformationButton = QPushButton(self.damageBox)
        self.quickDeformationButton.setObjectName(u"quickDeformationButton")
        self.quickDeformationButton.setEnabled(False)
        self.quickDeformationButton.setText(u"Deformation")

        self.quickLayout.addWidget(self.quickDeformationButton)

        self.quickMissingButton = QPushButton(self.damageBox)
        self.quickMissingButton.setObjectName(u"quickMissingButton")
        self.quickMissingButton.setEnabled(False)
        self.quickMissingButton.setText(u"Missing")

        self.quickLayout.addWidget(self.quickMissingButton)

        self.quickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.quickLayout.addItem(self.quickSpacer)


        self.diagramLayout.addLayout(self.quickLayout)

        self.diagramLayout.setStretch(0, 1)

        self.damageLayout.addLayout(self.diagramLayout)

        self.zoneLabel = QLabel(self.damageBox)
        self.zoneLabel.setObjectName(u"zoneLabel")
        self.zoneLabel.setWordWrap(True)

        self.damageLayout.addWidget(self.zoneLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.damageKindCombo = QComboBox(self.damageBox)
        self.damageKindCombo.setObjectName(u"damageKindCombo")

        self.kindLayout.addWidget(self.damageKindCombo)

        self.severityCombo = QComboBox(self.damageBox)
        self.severityCombo.setObjectName(u"severityCombo")

        self.kindLayout.addWidget(self.severityCombo)


        self.damageLayout.addLayout(self.kindLayout)

        self.markLayout = QHBoxLayout()
        self.markLayout.setObjectName(u"markLayout")
        self.damageNoteEdit = QLineEdit(self.damageBox)
        self.damageNoteEdit.setObjectName(u"damageNoteEdit")

        self.markLayout.addWidget(self.damageNoteEdit)

        self.markDamageButton = QPushButton(self.damageBox)
        self.markDamageButton.setObjectName(u"markDamageButton")
        self.markDamageButton.setEnabled(False)

        self.markLayout.addWidget(self.markDamageButton)

        self.markLayout.setStretch(0, 1)

        self.damageLayout.addLayout(self.markLayout)

        self.damageList = QListWidget(self.damageBox)
        self.damageList.setObjectName(u"damageList")
        self.damageList.setMinimumSize(QSize(0, 60))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.damageList.sizePolicy().hasHeightForWidth())
        self.damageList.setSizePolicy(sizePolicy1)

        self.damageLayout.addWidget(self.damageList)


        self.rootLayout.addWidget(self.damageBox)

        self.middleLayout = QVBoxLayout()
        self.middleLayout.setObjectName(u"middleLayout")
        self.mediaTabs = QTabWidget(ReceptionIntakeForm)
        self.mediaTabs.setObjectName(u"mediaTabs")
        self.cameraTab = QWidget()
        self.cameraTab.setObjectName(u"cameraTab")
        self.cameraLayout = QVBoxLayout(self.cameraTab)
        self.cameraLayout.setObjectName(u"cameraLayout")
        self.mediaTabs.addTab(self.cameraTab, "")
        self.markupTab = QWidget()
        self.markupTab.setObjectName(u"markupTab")
        self.markupLayout = QVBoxLayout(self.markupTab)
        self.markupLayout.setObjectName(u"markupLayout")
        self.markupCanvas = MarkupCanvas(self.markupTab)
        self.markupCanvas.setObjectName(u"markupCanvas")
        sizePolicy.setHeightForWidth(self.markupCanvas.sizePolicy().hasHeightForWidth())
        self.markupCanvas.setSizePolicy(sizePolicy)

        self.markupLayout.addWidget(self.markupCanvas)

        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.markupToolCombo = QComboBox(self.markupTab)
        self.markupToolCombo.setObjectName(u"markupToolCombo")

        self.toolsLayout.addWidget(self.markupToolCombo)

        self.markupNoteEdit = QLineEdit(self.markupTab)
        self.markupNoteEdit.setObjectName(u"markupNoteEdit")

        self.toolsLayout.addWidget(self.markupNoteEdit)


        self.markupLayout.addLayout(self.toolsLayout)

        self.markupButtonsLayout = QHBoxLayout()
        self.markupButtonsLayout.setObjectName(u"markupButtonsLayout")
        self.undoMarkupButton = QPushButton(self.markupTab)
        self.undoMarkupButton.setObjectName(u"undoMarkupButton")

        self.markupButtonsLayout.addWidget(self.undoMarkupButton)

        self.saveMarkupButton = QPushButton(self.markupTab)
        self.saveMarkupButton.setObjectName(u"saveMarkupButton")
        self.saveMarkupButton.setEnabled(False)

        self.markupButtonsLayout.addWidget(self.saveMarkupButton)


        self.markupLayout.addLayout(self.markupButtonsLayout)

        self.mediaTabs.addTab(self.markupTab, "")

        self.middleLayout.addWidget(self.mediaTabs)

        self.photoList = QListWidget(ReceptionIntakeForm)
        self.photoList.setObjectName(u"photoList")
        self.photoList.setMinimumSize(QSize(0, 112))
        self.photoList.setMaximumSize(QSize(16777215, 112))
        self.photoList.setViewMode(QListView.ViewMode.IconMode)
        self.photoList.setFlow(QListView.Flow.LeftToRight)
        self.photoList.setProperty(u"isWrapping", False)
        self.photoList.setIconSize(QSize(104, 78))

        self.middleLayout.addWidget(self.photoList)


        self.rootLayout.addLayout(self.middleLayout)

        self.checkBox = QGroupBox(ReceptionIntakeForm)
        self.checkBox.setObjectName(u"checkBox")
        self.checkOuterLayout = QVBoxLayout(self.checkBox)
        self.checkOuterLayout.setObjectName(u"checkOuterLayout")
        self.checkScroll = QScrollArea(self.checkBox)
        self.checkScroll.setObjectName(u"checkScroll")
        self.checkScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checkScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checkScroll.setWidgetResizable(True)
        self.checkContents = QWidget()
        self.checkContents.setObjectName(u"checkContents")
        self.checkForm = QFormLayout(self.checkContents)
        self.checkForm.setObjectName(u"checkForm")
        self.checkForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.intakeIdentityCheck = QCheckBox(self.checkContents)
        self.intakeIdentityCheck.setObjectName(u"intakeIdentityCheck")

        self.checkForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.intakeIdentityCheck)

        self.intakeAppointmentCheck = QCheckBox(self.checkContents)
        self.intakeAppointmentCheck.setObjectName(u"intakeAppointmentCheck")

        self.checkForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.intakeAppointmentCheck)

        self.mileageLabel = QLabel(self.checkContents)
        self.mileageLabel.setObjectName(u"mileageLabel")

        self.checkForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mileageLabel)

        self.mileageSpin = QSpinBox(self.checkContents)
        self.mileageSpin.setObjectName(u"mileageSpin")
        self.mileageSpin.setMaximum(2000000)
        self.mileageSpin.setSingleStep(100)

        self.checkForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mileageSpin)

        self.fuelLabel = QLabel(self.checkContents)
        self.fuelLabel.setObjectName(u"fuelLabel")

        self.checkForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fuelLabel)

        self.fuelCombo = QComboBox(self.checkContents)
        self.fuelCombo.setObjectName(u"fuelCombo")

        self.checkForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fuelCombo)

        self.valuablesLabel = QLabel(self.checkContents)
        self.valuablesLabel.setObjectName(u"valuablesLabel")

        self.checkForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valuablesLabel)

        self.valuablesEdit = QLineEdit(self.checkContents)
        self.valuablesEdit.setObjectName(u"valuablesEdit")

        self.checkForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valuablesEdit)

        self.keysLabel = QLabel(self.checkContents)
        self.keysLabel.setObjectName(u"keysLabel")

        self.checkForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.keysLabel)

        self.keysSpin = QSpinBox(self.checkContents)
        self.keysSpin.setObjectName(u"keysSpin")
        self.keysSpin.setMaximum(9)
        self.keysSpin.setValue(1)

        self.checkForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keysSpin)

        self.noiseCheck = QCheckBox(self.checkContents)
        self.noiseCheck.setObjectName(u"noiseCheck")

        self.checkForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.noiseCheck)

        self.startCheck = QCheckBox(self.checkContents)
        self.startCheck.setObjectName(u"startCheck")

        self.checkForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.startCheck)

        self.reproducedLabel = QLabel(self.checkContents)
        self.reproducedLabel.setObjectName(u"reproducedLabel")

        self.checkForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reproducedLabel)

        self.reproducedCombo = QComboBox(self.checkContents)
        self.reproducedCombo.setObjectName(u"reproducedCombo")

        self.checkForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reproducedCombo)

        self.observedLabel = QLabel(self.checkContents)
        self.observedLabel.setObjectName(u"observedLabel")

        self.checkForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.observedLabel)

        self.reproductionEdit = QLineEdit(self.checkContents)
        self.reproductionEdit.setObjectName(u"reproductionEdit")

        self.checkForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reproductionEdit)

        self.saveInspectionButton = QPushButton(self.checkContents)
        self.saveInspectionButton.setObjectName(u"saveInspectionButton")

        self.checkForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.saveInspectionButton)

        self.obdLabel = QLabel(self.checkContents)
        self.obdLabel.setObjectName(u"obdLabel")
        self.obdLabel.setWordWrap(True)

        self.checkForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.obdLabel)

        self.readingLayout = QHBoxLayout()
        self.readingLayout.setObjectName(u"readingLayout")
        self.obdCodeEdit = QLineEdit(self.checkContents)
        self.obdCodeEdit.setObjectName(u"obdCodeEdit")
        self.obdCodeEdit.setMinimumSize(QSize(80, 0))

        self.readingLayout.addWidget(self.obdCodeEdit)

        self.readingValueEdit = QLineEdit(self.checkContents)
        self.readingValueEdit.setObjectName(u"readingValueEdit")
        self.readingValueEdit.setMinimumSize(QSize(60, 0))

        self.readingLayout.addWidget(self.readingValueEdit)


        self.checkForm.setLayout(12, QFormLayout.ItemRole.SpanningRole, self.readingLayout)

        self.addReadingButton = QPushButton(self.checkContents)
        self.addReadingButton.setObjectName(u"addReadingButton")

        self.checkForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.addReadingButton)

        self.readingsLabel = QLabel(self.checkContents)
        self.readingsLabel.setObjectName(u"readingsLabel")
        self.readingsLabel.setWordWrap(True)

        self.checkForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.readingsLabel)

        self.diagnosisLabel = QLabel(self.checkContents)
        self.diagnosisLabel.setObjectName(u"diagnosisLabel")
        self.diagnosisLabel.setWordWrap(True)

        self.checkForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.diagnosisLabel)

        self.diagnosisEdit = QPlainTextEdit(self.checkContents)
        self.diagnosisEdit.setObjectName(u"diagnosisEdit")
        self.diagnosisEdit.setMinimumSize(QSize(0, 64))
        self.diagnosisEdit.setMaximumSize(QSize(16777215, 64))

        self.checkForm.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.diagnosisEdit)

        self.saveDiagnosisButton = QPushButton(self.checkContents)
        self.saveDiagnosisButton.setObjectName(u"saveDiagnosisButton")

        self.checkForm.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.saveDiagnosisButton)

        self.observationLabel = QLabel(self.checkContents)
        self.observationLabel.setObjectName(u"observationLabel")
        self.observationLabel.setWordWrap(True)

        self.checkForm.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.observationLabel)

        self.observationEdit = QPlainTextEdit(self.checkContents)
        self.observationEdit.setObjectName(u"observationEdit")
        self.observationEdit.setMinimumSize(QSize(0, 64))
        self.observationEdit.setMaximumSize(QSize(16777215, 64))

        self.checkForm.setWidget(19, QFormLayout.ItemRole.SpanningRole, self.observationEdit)

        self.pendObservationButton = QPushButton(self.checkContents)
        self.pendObservationButton.setObjectName(u"pendObservationButton")

        self.checkForm.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.pendObservationButton)

        self.checkScroll.setWidget(self.checkContents)

        self.checkOuterLayout.addWidget(self.checkScroll)

        self.intakeStatus = QLabel(self.checkBox)
        self.intakeStatus.setObjectName(u"intakeStatus")
        self.intakeStatus.setWordWrap(True)

        self.checkOuterLayout.addWidget(self.intakeStatus)


        self.rootLayout.addWidget(self.checkBox)

        self.rootLayout.setStretch(0, 3)
        self.rootLayout.setStretch(1, 4)
        self.rootLayout.setStretch(2, 3)

        self.retranslateUi(ReceptionIntakeForm)

        QMetaObject.connectSlotsByName(ReceptionIntakeForm)
    # setupUi

    def retranslateUi(self, ReceptionIntakeForm):
        self.damageBox.setTitle(QCoreApplication.translate("ReceptionIntakeForm", u"Exterior damage: tap a zone", None))
        self.damageNoteEdit.setPlaceholderText(QCoreApplication.translate("ReceptionIntakeForm", u"Note on the damage (optional)", None))
        self.markDamageButton.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Mark damage", None))
        self.mediaTabs.setTabText(self.mediaTabs.indexOf(self.cameraTab), QCoreApplication.translate("ReceptionIntakeForm", u"Camera", None))
        self.markupNoteEdit.setPlaceholderText(QCoreApplication.translate("ReceptionIntakeForm", u"Note text, then tap the photo", None))
        self.undoMarkupButton.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Undo", None))
        self.saveMarkupButton.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Save markup", None))
        self.mediaTabs.setTabText(self.mediaTabs.indexOf(self.markupTab), QCoreApplication.translate("ReceptionIntakeForm", u"Markup", None))
        self.checkBox.setTitle(QCoreApplication.translate("ReceptionIntakeForm", u"On-site check with the customer", None))
        self.intakeIdentityCheck.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Identity confirmed", None))
        self.intakeAppointmentCheck.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Appointment confirmed", None))
        self.mileageLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Mileage (km)", None))
        self.fuelLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Fuel level", None))
        self.valuablesLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Valuables", None))
        self.valuablesEdit.setPlaceholderText(QCoreApplication.translate("ReceptionIntakeForm", u"e.g. none / sunglasses in the glovebox", None))
        self.keysLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Keys", None))
        self.noiseCheck.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Abnormal noise", None))
        self.startCheck.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Starts / powers on normally", None))
        self.reproducedLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Fault reproduction", None))
        self.observedLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Observed", None))
        self.saveInspectionButton.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Save check", None))
        self.obdLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"OBD code / tester", None))
        self.obdCodeEdit.setPlaceholderText(QCoreApplication.translate("ReceptionIntakeForm", u"e.g. P0301", None))
        self.readingValueEdit.setPlaceholderText(QCoreApplication.translate("ReceptionIntakeForm", u"value", None))
        self.addReadingButton.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Add reading", None))
        self.diagnosisLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Preliminary diagnosis", None))
        self.saveDiagnosisButton.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Save diagnosis", None))
        self.observationLabel.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Pending observation", None))
        self.pendObservationButton.setText(QCoreApplication.translate("ReceptionIntakeForm", u"Not shown: pending observation", None))
        pass
    # retranslateUi

