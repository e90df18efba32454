# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'qc_inspection.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_QcInspectionForm(object):
    def setupUi(self, QcInspectionForm):
        if not QcInspectionForm.objectName():
            QcInspectionForm.setObjectName(u"QcInspectionForm")
        self.rootLayout = QVBoxLayout(QcInspectionForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(QcInspectionForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(QcInspectionForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.caseLabel = QLabel(QcInspectionForm)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setText(u"")
        self.caseLabel.setProperty(u"role", u"section")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.caseLabel.sizePolicy().hasHeightForWidth())
        self.caseLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.caseLabel)

        self.keyStepsButton = QPushButton(QcInspectionForm)
        self.keyStepsButton.setObjectName(u"keyStepsButton")

        self.headerLayout.addWidget(self.keyStepsButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.infoLabel = QLabel(QcInspectionForm)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.infoLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.checksGroup = QGroupBox(QcInspectionForm)
        self.checksGroup.setObjectName(u"checksGroup")
        self.checksLayout = QGridLayout(self.checksGroup)
        self.checksLayout.setObjectName(u"checksLayout")

        self.leftLayout.addWidget(self.checksGroup)

        self.readingsLayout = QHBoxLayout()
        self.readingsLayout.setObjectName(u"readingsLayout")
        self.torqueGroup = QGroupBox(QcInspectionForm)
        self.torqueGroup.setObjectName(u"torqueGroup")
        self.torqueLayout = QGridLayout(self.torqueGroup)
        self.torqueLayout.setObjectName(u"torqueLayout")

        self.readingsLayout.addWidget(self.torqueGroup)


        self.leftLayout.addLayout(self.readingsLayout)

        self.leftSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)

        self.leftLayout.setStretch(1, 1)

        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.evidenceGroup = QGroupBox(QcInspectionForm)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.cameraHost = QWidget(self.evidenceGroup)
        self.cameraHost.setObjectName(u"cameraHost")
        self.cameraHostLayout = QVBoxLayout(self.cameraHost)
        self.cameraHostLayout.setObjectName(u"cameraHostLayout")
        self.cameraHostLayout.setContentsMargins(0, 0, 0, 0)

        self.evidenceLayout.addWidget(self.cameraHost)

        self.evidenceLabel = QLabel(self.evidenceGroup)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setText(u"")

        self.evidenceLayout.addWidget(self.evidenceLabel)


        self.rightLayout.addWidget(self.evidenceGroup)

        self.failuresGroup = QGroupBox(QcInspectionForm)
        self.failuresGroup.setObjectName(u"failuresGroup")
        self.failuresGroupLayout = QVBoxLayout(self.failuresGroup)
        self.failuresGroupLayout.setObjectName(u"failuresGroupLayout")
        self.failuresGroupLayout.setContentsMargins(0, 0, 0, 0)
        self.failuresScroll = QScrollArea(self.failuresGroup)
        self.failuresScroll.setObjectName(u"failuresScroll")
        self.failuresScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.failuresScroll.setWidgetResizable(True)
        self.failuresScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.failuresBox = QWidget()
        self.failuresBox.setObjectName(u"failuresBox")
        self.failuresLayout = QGridLayout(self.failuresBox)
        self.failuresLayout.setObjectName(u"failuresLayout")
        self.failuresLayout.setContentsMargins(0, 0, 0, 0)
        self.failuresScroll.setWidget(self.failuresBox)

        self.failuresGroupLayout.addWidget(self.failuresScroll)


        self.rightLayout.addWidget(self.failuresGroup)

        self.notesEdit = QLineEdit(QcInspectionForm)
        self.notesEdit.setObjectName(u"notesEdit")

        self.rightLayout.addWidget(self.notesEdit)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.failButton = QPushButton(QcInspectionForm)
        self.failButton.setObjectName(u"failButton")

        self.actionsLayout.addWidget(self.failButton)

        self.passButton = QPushButton(QcInspectionForm)
        self.passButton.setObjectName(u"passButton")

        self.actionsLayout.addWidget(self.passButton)


        self.rightLayout.addLayout(self.actionsLayout)

        self.actionErrorLabel = QLabel(QcInspectionForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.actionErrorLabel)

        self.rightLayout.setStretch(0, 1)
        self.rightLayout.setStretch(1, 1)

        self.columnsLayout.addLayout(self.rightLayout)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 4)

        self.rootLayout.addLayout(self.columnsLayout)


        self.retranslateUi(QcInspectionForm)

        self.passButton.setDefault(True)


        QMetaObject.connectSlotsByName(QcInspectionForm)
    # setupUi

    def retranslateUi(self, QcInspectionForm):
        QcInspectionForm.setWindowTitle(QCoreApplication.translate("QcInspectionForm", u"QC inspection", None))
        self.backButton.setText(QCoreApplication.translate("QcInspectionForm", u"Back", None))
        self.titleLabel.setText(QCoreApplication.translate("QcInspectionForm", u"QC inspection (D1)", None))
        self.keyStepsButton.setText(QCoreApplication.translate("QcInspectionForm", u"Key steps", None))
        self.checksGroup.setTitle(QCoreApplication.translate("QcInspectionForm", u"Checklist", None))
        self.torqueGroup.setTitle(QCoreApplication.translate("QcInspectionForm", u"Torque readings (N\u00b7m)", None))
        self.evidenceGroup.setTitle(QCoreApplication.translate("QcInspectionForm", u"Evidence photo: the fault is resolved", None))
        self.failuresGroup.setTitle(QCoreApplication.translate("QcInspectionForm", u"Why the checks failed", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("QcInspectionForm", u"Notes for the technician (optional)", None))
        self.failButton.setText(QCoreApplication.translate("QcInspectionForm", u"Fail: back to the technician", None))
        self.passButton.setText(QCoreApplication.translate("QcInspectionForm", u"Pass", None))
    # retranslateUi

