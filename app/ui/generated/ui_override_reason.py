# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_reason.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OverrideReasonForm(object):
    def setupUi(self, OverrideReasonForm):
        if not OverrideReasonForm.objectName():
            OverrideReasonForm.setObjectName(u"OverrideReasonForm")
        OverrideReasonForm.setMinimumSize(QSize(560, 0))
        self.rootLayout = QVBoxLayout(OverrideReasonForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.questionLabel = QLabel(OverrideReasonForm)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setText(u"")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.questionLabel)

        self.presetCombo = QComboBox(OverrideReasonForm)
        self.presetCombo.setObjectName(u"presetCombo")

        self.rootLayout.addWidget(self.presetCombo)

        self.reasonEdit = QLineEdit(OverrideReasonForm)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.rootLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(OverrideReasonForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(OverrideReasonForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.assignButton = QPushButton(OverrideReasonForm)
        self.assignButton.setObjectName(u"assignButton")
        self.assignButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.assignButton)


        self.rootLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(OverrideReasonForm)

        QMetaObject.connectSlotsByName(OverrideReasonForm)
    # setupUi

    def retranslateUi(self, OverrideReasonForm):
        OverrideReasonForm.setWindowTitle(QCoreApplication.translate("OverrideReasonForm", u"Reason for this assignment", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("OverrideReasonForm", u"Why this technician now (recorded on the assignment)", None))
        self.cancelButton.setText(QCoreApplication.translate("OverrideReasonForm", u"Cancel", None))
        self.assignButton.setText(QCoreApplication.translate("OverrideReasonForm", u"Assign with this reason", None))
    # retranslateUi

