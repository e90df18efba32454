# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_booking.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReceptionBookingForm(object):
    def setupUi(self, ReceptionBookingForm):
        if not ReceptionBookingForm.objectName():
            ReceptionBookingForm.setObjectName(u"ReceptionBookingForm")
        self.rootLayout = QGridLayout(ReceptionBookingForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.customerBox = QGroupBox(ReceptionBookingForm)
        self.customerBox.setObjectName(u"customerBox")
        self.customerOuter = QVBoxLayout(self.customerBox)
        self.customerOuter.setObjectName(u"customerOuter")
        self.customerForm = QFormLayout()
        self.customerForm.setObjectName(u"customerForm")
        self.customerForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.channelLabel = QLabel(self.customerBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.customerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.customerBox)
        self.channelCombo.setObjectName(u"channelCombo")

        self.customerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.phoneLabel = QLabel(self.customerBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.customerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.customerBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.customerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.findCustomerButton = QPushButton(self.customerBox)
        self.findCustomerButton.setObjectName(u"findCustomerButton")

        self.customerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.findCustomerButton)

        self.phoneHint = QLabel(self.customerBox)
        self.phoneHint.setObjectName(u"phoneHint")
        self.phoneHint.setWordWrap(True)

        self.customerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneHint)

        self.nameLabel = QLabel(self.customerBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.customerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.customerBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.customerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.prefsLabel = QLabel(self.customerBox)
        self.prefsLabel.setObjectName(u"prefsLabel")

        self.customerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.prefsLabel)

        self.prefsLayout = QHBoxLayout()
        self.prefsLayout.setObjectName(u"prefsLayout")
        self.guidanceCheck = QCheckBox(self.customerBox)
        self.guidanceCheck.setObjectName(u"guidanceCheck")

        self.prefsLayout.addWidget(self.guidanceCheck)

        self.speedCheck = QCheckBox(self.customerBox)
        self.speedCheck.setObjectName(u"speedCheck")

        self.prefsLayout.addWidget(self.speedCheck)


        self.customerForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.prefsLayout)

        self.contactLabel = QLabel(self.customerBox)
        self.contactLabel.setObjectName(u"contactLabel")

        self.customerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactCombo = QComboBox(self.customerBox)
        self.contactCombo.setObjectName(u"contactCombo")

        self.customerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.languageLabel = QLabel(self.customerBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.customerForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.customerBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.customerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.customerOuter.addLayout(self.customerForm)

        self.customerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customerOuter.addItem(self.customerSpacer)


        self.rootLayout.addWidget(self.customerBox, 0, 0, 2, 1)

        self.visitBox = QGroupBox(ReceptionBookingForm)
        self.visitBox.setObjectName(u"visitBox")
        self.visitForm = QFormLayout(self.visitBox)
        self.visitForm.setObjectName(u"visitForm")
        self.visitForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.faultLabel = QLabel(self.visitBox)
        self.faultLabel.setObjectName(u"faultLabel")

        self.visitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.faultLabel)

        self.faultEdit = QPlainTextEdit(self.visitBox)
        self.faultEdit.setObjectName(u"faultEdit")
        self.faultEdit.setMinimumSize(QSize(0, 72))
        self.faultEdit.setMaximumSize(QSize(16777215, 72))

        self.visitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.faultEdit)


        self.rootLayout.addWidget(self.visitBox, 1, 1, 1, 1)

        self.assetBox = QGroupBox(ReceptionBookingForm)
        self.assetBox.setObjectName(u"assetBox")
        self.assetOuter = QVBoxLayout(self.assetBox)
        self.assetOuter.setObjectName(u"assetOuter")
        self.assetForm = QFormLayout()
        self.assetForm.setObjectName(u"assetForm")
        self.assetForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kindLabel = QLabel(self.assetBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.assetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.assetKindCombo = QComboBox(self.assetBox)
        self.assetKindCombo.setObjectName(u"assetKindCombo")

        self.assetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assetKindCombo)

        self.plateLabel = QLabel(self.assetBox)
        self.plateLabel.setObjectName(u"plateLabel")

        self.assetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plateEdit = QLineEdit(self.assetBox)
        self.plateEdit.setObjectName(u"plateEdit")

        self.assetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plateEdit)

        self.vinLabel = QLabel(self.assetBox)
        self.vinLabel.setObjectName(u"vinLabel")

        self.assetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vinLabel)

        self.vinEdit = QLineEdit(self.assetBox)
        self.vinEdit.setObjectName(u"vinEdit")

        self.assetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vinEdit)

        self.vinHint = QLabel(self.assetBox)
        self.vinHint.setObjectName(u"vinHint")
        self.vinHint.setWordWrap(True)

        self.assetForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vinHint)

        self.brandLabel = QLabel(self.assetBox)
        self.brandLabel.setObjectName(u"brandLabel")

        self.assetForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandEdit = QLineEdit(self.assetBox)
        self.brandEdit.setObjectName(u"brandEdit")

        self.assetForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.modelLabel = QLabel(self.assetBox)
        self.modelLabel.setObjectName(u"modelLabel")

        self.assetForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelEdit = QLineEdit(self.assetBox)
        self.modelEdit.setObjectName(u"modelEdit")

        self.assetForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.serialLabel = QLabel(self.assetBox)
        self.serialLabel.setObjectName(u"serialLabel")

        self.assetForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.serialLabel)

        self.serialEdit = QLineEdit(self.assetBox)
        self.serialEdit.setObjectName(u"serialEdit")

        self.assetForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.serialEdit)


        self.assetOuter.addLayout(self.assetForm)

        self.assetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.assetOuter.addItem(self.assetSpacer)


        self.rootLayout.addWidget(self.assetBox, 0, 1, 1, 1)

        self.clockBox = QGroupBox(ReceptionBookingForm)
        self.clockBox.setObjectName(u"clockBox")
        self.clockLayout = QVBoxLayout(self.clockBox)
        self.clockLayout.setObjectName(u"clockLayout")
        self.desiredForm = QFormLayout()
        self.desiredForm.setObjectName(u"desiredForm")
        self.desiredForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.desiredLabel = QLabel(self.clockBox)
        self.desiredLabel.setObjectName(u"desiredLabel")

        self.desiredForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.desiredLabel)

        self.desiredLayout = QHBoxLayout()
        self.desiredLayout.setObjectName(u"desiredLayout")
        self.desiredEdit = QDateTimeEdit(self.clockBox)
        self.desiredEdit.setObjectName(u"desiredEdit")
        self.desiredEdit.setCalendarPopup(True)
        self.desiredEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.desiredLayout.addWidget(self.desiredEdit)


        self.desiredForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.desiredLayout)


        self.clockLayout.addLayout(self.desiredForm)

        self.urgentCheck = QCheckBox(self.clockBox)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.clockLayout.addWidget(self.urgentCheck)

        self.slaClocks = QLabel(self.clockBox)
        self.slaClocks.setObjectName(u"slaClocks")
        self.slaClocks.setWordWrap(True)

        self.clockLayout.addWidget(self.slaClocks)

        self.fastForm = QFormLayout()
        self.fastForm.setObjectName(u"fastForm")
        self.fastForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.bayLabel = QLabel(self.clockBox)
        self.bayLabel.setObjectName(u"bayLabel")

        self.fastForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bayLabel)

        self.bayCombo = QComboBox(self.clockBox)
        self.bayCombo.setObjectName(u"bayCombo")

        self.fastForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bayCombo)

        self.technicianLabel = QLabel(self.clockBox)
        self.technicianLabel.setObjectName(u"technicianLabel")

        self.fastForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.technicianLabel)

        self.technicianCombo = QComboBox(self.clockBox)
        self.technicianCombo.setObjectName(u"technicianCombo")

        self.fastForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.technicianCombo)

        self.visitCheck = QCheckBox(self.clockBox)
        self.visitCheck.setObjectName(u"visitCheck")

        self.fastForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visitCheck)


        self.clockLayout.addLayout(self.fastForm)

        self.fastTrackButton = QPushButton(self.clockBox)
        self.fastTrackButton.setObjectName(u"fastTrackButton")
        self.fastTrackButton.setEnabled(False)

        self.clockLayout.addWidget(self.fastTrackButton)

        self.reminderLabel = QLabel(self.clockBox)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setWordWrap(True)

        self.clockLayout.addWidget(self.reminderLabel)

        self.clockSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.clockLayout.addItem(self.clockSpacer)


        self.rootLayout.addWidget(self.clockBox, 0, 2, 2, 1)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.bookingError = QLabel(ReceptionBookingForm)
        self.bookingError.setObjectName(u"bookingError")
        self.bookingError.setWordWrap(True)
        self.bookingError.setProperty(u"tone", u"error")

        self.buttonsLayout.addWidget(self.bookingError)

        self.bookButton = QPushButton(ReceptionBookingForm)
        self.bookButton.setObjectName(u"bookButton")

        self.buttonsLayout.addWidget(self.bookButton)

        self.confirmButton = QPushButton(ReceptionBookingForm)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.confirmButton)

        self.walkInButton = QPushButton(ReceptionBookingForm)
        self.walkInButton.setObjectName(u"walkInButton")

        self.buttonsLayout.addWidget(self.walkInButton)

        self.buttonsLayout.setStretch(0, 1)

        self.rootLayout.addLayout(self.buttonsLayout, 2, 0, 1, 3)

        self.rootLayout.setRowStretch(1, 1)
        self.rootLayout.setColumnStretch(0, 4)
        self.rootLayout.setColumnStretch(1, 4)
        self.rootLayout.setColumnStretch(2, 3)

        self.retranslateUi(ReceptionBookingForm)

        QMetaObject.connectSlotsByName(ReceptionBookingForm)
    # setupUi

    def retranslateUi(self, ReceptionBookingForm):
        self.customerBox.setTitle(QCoreApplication.translate("ReceptionBookingForm", u"Customer", None))
        self.channelLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Channel", None))
        self.phoneLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Mobile phone", None))
        self.findCustomerButton.setText(QCoreApplication.translate("ReceptionBookingForm", u"Find", None))
        self.nameLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Customer name", None))
        self.prefsLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Service preferences", None))
        self.contactLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Preferred contact", None))
        self.languageLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Messages in", None))
        self.visitBox.setTitle(QCoreApplication.translate("ReceptionBookingForm", u"Visit", None))
        self.faultLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Fault description", None))
        self.assetBox.setTitle(QCoreApplication.translate("ReceptionBookingForm", u"Vehicle / product", None))
        self.kindLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Serviced item", None))
        self.plateLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Plate", None))
        self.vinLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"VIN", None))
        self.brandLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Brand", None))
        self.modelLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Model", None))
        self.serialLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Serial number", None))
        self.clockBox.setTitle(QCoreApplication.translate("ReceptionBookingForm", u"Service clocks", None))
        self.desiredLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Desired time", None))
        self.bayLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Bay", None))
        self.technicianLabel.setText(QCoreApplication.translate("ReceptionBookingForm", u"Technician", None))
        pass
    # retranslateUi

