# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_action_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CaseActionDialogForm(object):
    def setupUi(self, CaseActionDialogForm):
        if not CaseActionDialogForm.objectName():
            CaseActionDialogForm.setObjectName(u"CaseActionDialogForm")
        CaseActionDialogForm.resize(560, 420)
        self.rootLayout = QVBoxLayout(CaseActionDialogForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.promptLabel = QLabel(CaseActionDialogForm)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.promptLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.phoneCaption = QLabel(CaseActionDialogForm)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(CaseActionDialogForm)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMinimumSize(QSize(0, 44))

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.ownerCaption = QLabel(CaseActionDialogForm)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerCaption)

        self.ownerCombo = QComboBox(CaseActionDialogForm)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.categoryCaption = QLabel(CaseActionDialogForm)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryCombo = QComboBox(CaseActionDialogForm)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.urgentCheck = QCheckBox(CaseActionDialogForm)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.urgentCheck)

        self.warrantyCheck = QCheckBox(CaseActionDialogForm)
        self.warrantyCheck.setObjectName(u"warrantyCheck")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.warrantyCheck)

        self.textCaption = QLabel(CaseActionDialogForm)
        self.textCaption.setObjectName(u"textCaption")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.textCaption)

        self.textEdit = QPlainTextEdit(CaseActionDialogForm)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.rootLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(CaseActionDialogForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(CaseActionDialogForm)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"role", u"caseAction")
        self.closeButton.setMinimumSize(QSize(0, 48))

        self.buttonsLayout.addWidget(self.closeButton)

        self.okButton = QPushButton(CaseActionDialogForm)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")
        self.okButton.setMinimumSize(QSize(0, 48))

        self.buttonsLayout.addWidget(self.okButton)


        self.rootLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(CaseActionDialogForm)

        QMetaObject.connectSlotsByName(CaseActionDialogForm)
    # setupUi

    def retranslateUi(self, CaseActionDialogForm):
        CaseActionDialogForm.setWindowTitle(QCoreApplication.translate("CaseActionDialogForm", u"Case", None))
        self.phoneCaption.setText(QCoreApplication.translate("CaseActionDialogForm", u"Customer's phone", None))
        self.ownerCaption.setText(QCoreApplication.translate("CaseActionDialogForm", u"Owner", None))
        self.categoryCaption.setText(QCoreApplication.translate("CaseActionDialogForm", u"Category", None))
        self.urgentCheck.setText(QCoreApplication.translate("CaseActionDialogForm", u"Urgent: reply within 30 minutes (P3)", None))
        self.warrantyCheck.setText(QCoreApplication.translate("CaseActionDialogForm", u"Under warranty: not billed to the customer", None))
        self.textCaption.setText(QCoreApplication.translate("CaseActionDialogForm", u"Reason", None))
        self.closeButton.setText(QCoreApplication.translate("CaseActionDialogForm", u"Back", None))
        self.okButton.setText(QCoreApplication.translate("CaseActionDialogForm", u"Confirm", None))
    # retranslateUi

