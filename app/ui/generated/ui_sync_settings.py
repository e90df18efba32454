# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncSettingsForm(object):
    def setupUi(self, SyncSettingsForm):
        if not SyncSettingsForm.objectName():
            SyncSettingsForm.setObjectName(u"SyncSettingsForm")
        SyncSettingsForm.resize(720, 560)
        self.rootLayout = QVBoxLayout(SyncSettingsForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.statusGroup = QGroupBox(SyncSettingsForm)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusForm = QFormLayout(self.statusGroup)
        self.statusForm.setObjectName(u"statusForm")
        self.enrolledLabel = QLabel(self.statusGroup)
        self.enrolledLabel.setObjectName(u"enrolledLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.enrolledLabel)

        self.enrolledValue = QLabel(self.statusGroup)
        self.enrolledValue.setObjectName(u"enrolledValue")
        self.enrolledValue.setWordWrap(True)

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enrolledValue)

        self.lastSyncLabel = QLabel(self.statusGroup)
        self.lastSyncLabel.setObjectName(u"lastSyncLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastSyncLabel)

        self.lastSyncValue = QLabel(self.statusGroup)
        self.lastSyncValue.setObjectName(u"lastSyncValue")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastSyncValue)

        self.waitingLabel = QLabel(self.statusGroup)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waitingLabel)

        self.waitingValue = QLabel(self.statusGroup)
        self.waitingValue.setObjectName(u"waitingValue")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waitingValue)

        self.uploadsLabel = QLabel(self.statusGroup)
        self.uploadsLabel.setObjectName(u"uploadsLabel")

        self.statusForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.uploadsLabel)

        self.uploadsValue = QLabel(self.statusGroup)
        self.uploadsValue.setObjectName(u"uploadsValue")

        self.statusForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.uploadsValue)

        self.issuesLabel = QLabel(self.statusGroup)
        self.issuesLabel.setObjectName(u"issuesLabel")

        self.statusForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuesLabel)

        self.issuesLayout = QHBoxLayout()
        self.issuesLayout.setObjectName(u"issuesLayout")
        self.issuesValue = QLabel(self.statusGroup)
        self.issuesValue.setObjectName(u"issuesValue")

        self.issuesLayout.addWidget(self.issuesValue)

        self.reviewButton = QPushButton(self.statusGroup)
        self.reviewButton.setObjectName(u"reviewButton")
        self.reviewButton.setMinimumSize(QSize(0, 48))

        self.issuesLayout.addWidget(self.reviewButton)


        self.statusForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.issuesLayout)

        self.errorTitleLabel = QLabel(self.statusGroup)
        self.errorTitleLabel.setObjectName(u"errorTitleLabel")

        self.statusForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.errorTitleLabel)

        self.lastErrorValue = QLabel(self.statusGroup)
        self.lastErrorValue.setObjectName(u"lastErrorValue")
        self.lastErrorValue.setWordWrap(True)

        self.statusForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lastErrorValue)


        self.rootLayout.addWidget(self.statusGroup)

        self.enrollGroup = QGroupBox(SyncSettingsForm)
        self.enrollGroup.setObjectName(u"enrollGroup")
        self.enrollForm = QFormLayout(self.enrollGroup)
        self.enrollForm.setObjectName(u"enrollForm")
        self.serverLabel = QLabel(self.enrollGroup)
        self.serverLabel.setObjectName(u"serverLabel")

        self.enrollForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverEdit = QLineEdit(self.enrollGroup)
        self.serverEdit.setObjectName(u"serverEdit")
        self.serverEdit.setMinimumSize(QSize(0, 48))
        self.serverEdit.setPlaceholderText(u"https://hq.example.com:8765")

        self.enrollForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.codeLabel = QLabel(self.enrollGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.enrollForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.enrollGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMinimumSize(QSize(0, 48))

        self.enrollForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.caLabel = QLabel(self.enrollGroup)
        self.caLabel.setObjectName(u"caLabel")

        self.enrollForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caLayout = QHBoxLayout()
        self.caLayout.setObjectName(u"caLayout")
        self.caFileEdit = QLineEdit(self.enrollGroup)
        self.caFileEdit.setObjectName(u"caFileEdit")
        self.caFileEdit.setMinimumSize(QSize(0, 48))

        self.caLayout.addWidget(self.caFileEdit)

        self.browseCaButton = QPushButton(self.enrollGroup)
        self.browseCaButton.setObjectName(u"browseCaButton")
        self.browseCaButton.setMinimumSize(QSize(0, 48))

        self.caLayout.addWidget(self.browseCaButton)


        self.enrollForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.caLayout)

        self.insecureCheck = QCheckBox(self.enrollGroup)
        self.insecureCheck.setObjectName(u"insecureCheck")

        self.enrollForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.insecureCheck)

        self.enrollErrorLabel = QLabel(self.enrollGroup)
        self.enrollErrorLabel.setObjectName(u"enrollErrorLabel")
        self.enrollErrorLabel.setWordWrap(True)
        self.enrollErrorLabel.setProperty(u"role", u"error")

        self.enrollForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.enrollErrorLabel)

        self.enrollButton = QPushButton(self.enrollGroup)
        self.enrollButton.setObjectName(u"enrollButton")
        self.enrollButton.setMinimumSize(QSize(0, 48))

        self.enrollForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.enrollButton)


        self.rootLayout.addWidget(self.enrollGroup)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SyncSettingsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.rootLayout.addWidget(self.buttons)


        self.retranslateUi(SyncSettingsForm)

        QMetaObject.connectSlotsByName(SyncSettingsForm)
    # setupUi

    def retranslateUi(self, SyncSettingsForm):
        SyncSettingsForm.setWindowTitle(QCoreApplication.translate("SyncSettingsForm", u"Head-office sync", None))
        self.statusGroup.setTitle(QCoreApplication.translate("SyncSettingsForm", u"Status", None))
        self.enrolledLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Head office", None))
        self.lastSyncLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Last sync", None))
        self.waitingLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Changes waiting", None))
        self.uploadsLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Photos and videos waiting", None))
        self.issuesLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"To review", None))
        self.reviewButton.setText(QCoreApplication.translate("SyncSettingsForm", u"Review conflicts and refusals", None))
        self.errorTitleLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Last problem", None))
        self.enrollGroup.setTitle(QCoreApplication.translate("SyncSettingsForm", u"Enroll this workstation with head office", None))
        self.serverLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Server address", None))
        self.codeLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Enrollment code", None))
        self.caLabel.setText(QCoreApplication.translate("SyncSettingsForm", u"Certificate authority file", None))
        self.caFileEdit.setPlaceholderText(QCoreApplication.translate("SyncSettingsForm", u"Only if your dealer uses its own (PEM)", None))
        self.browseCaButton.setText(QCoreApplication.translate("SyncSettingsForm", u"Choose\u2026", None))
        self.insecureCheck.setText(QCoreApplication.translate("SyncSettingsForm", u"Allow an unencrypted http:// address (testing on a trusted network only)", None))
        self.enrollButton.setText(QCoreApplication.translate("SyncSettingsForm", u"Enroll", None))
    # retranslateUi

