# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk_inquiries.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DeskInquiriesForm(object):
    def setupUi(self, DeskInquiriesForm):
        if not DeskInquiriesForm.objectName():
            DeskInquiriesForm.setObjectName(u"DeskInquiriesForm")
        self.rootLayout = QVBoxLayout(DeskInquiriesForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.alertBanner = QLabel(DeskInquiriesForm)
        self.alertBanner.setObjectName(u"alertBanner")
        self.alertBanner.setText(u"")
        self.alertBanner.setVisible(False)

        self.rootLayout.addWidget(self.alertBanner)

        self.dutyNow = QLabel(DeskInquiriesForm)
        self.dutyNow.setObjectName(u"dutyNow")
        self.dutyNow.setText(u"")
        self.dutyNow.setWordWrap(True)

        self.rootLayout.addWidget(self.dutyNow)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.logBox = QGroupBox(DeskInquiriesForm)
        self.logBox.setObjectName(u"logBox")
        self.logBox.setMinimumSize(QSize(380, 0))
        self.logBox.setMaximumSize(QSize(380, 16777215))
        self.logLayout = QVBoxLayout(self.logBox)
        self.logLayout.setObjectName(u"logLayout")
        self.logForm = QFormLayout()
        self.logForm.setObjectName(u"logForm")
        self.channelLabel = QLabel(self.logBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.logForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.logBox)
        self.channelCombo.setObjectName(u"channelCombo")

        self.logForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.phoneLabel = QLabel(self.logBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.logForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.logBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.logForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.nameLabel = QLabel(self.logBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.logForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.logBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.logForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.questionLabel = QLabel(self.logBox)
        self.questionLabel.setObjectName(u"questionLabel")

        self.logForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QPlainTextEdit(self.logBox)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setMinimumSize(QSize(0, 90))

        self.logForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.urgentCheck = QCheckBox(self.logBox)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.logForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.urgentCheck)


        self.logLayout.addLayout(self.logForm)

        self.logError = QLabel(self.logBox)
        self.logError.setObjectName(u"logError")
        self.logError.setText(u"")
        self.logError.setWordWrap(True)
        self.logError.setVisible(False)
        self.logError.setProperty(u"role", u"deskError")

        self.logLayout.addWidget(self.logError)

        self.logButton = QPushButton(self.logBox)
        self.logButton.setObjectName(u"logButton")

        self.logLayout.addWidget(self.logButton)

        self.logSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logLayout.addItem(self.logSpacer)


        self.bodyLayout.addWidget(self.logBox)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.boardTitle = QLabel(DeskInquiriesForm)
        self.boardTitle.setObjectName(u"boardTitle")

        self.rightLayout.addWidget(self.boardTitle)

        self.inquiryBoard = QTableView(DeskInquiriesForm)
        self.inquiryBoard.setObjectName(u"inquiryBoard")

        self.rightLayout.addWidget(self.inquiryBoard)

        self.replyBox = QGroupBox(DeskInquiriesForm)
        self.replyBox.setObjectName(u"replyBox")
        self.replyLayout = QVBoxLayout(self.replyBox)
        self.replyLayout.setObjectName(u"replyLayout")
        self.selectedQuestion = QLabel(self.replyBox)
        self.selectedQuestion.setObjectName(u"selectedQuestion")
        self.selectedQuestion.setText(u"")
        self.selectedQuestion.setWordWrap(True)

        self.replyLayout.addWidget(self.selectedQuestion)

        self.replyRow = QHBoxLayout()
        self.replyRow.setObjectName(u"replyRow")
        self.replyEdit = QPlainTextEdit(self.replyBox)
        self.replyEdit.setObjectName(u"replyEdit")
        self.replyEdit.setMaximumSize(QSize(16777215, 90))

        self.replyRow.addWidget(self.replyEdit)

        self.replyButton = QPushButton(self.replyBox)
        self.replyButton.setObjectName(u"replyButton")

        self.replyRow.addWidget(self.replyButton)

        self.replyRow.setStretch(0, 1)

        self.replyLayout.addLayout(self.replyRow)

        self.replyError = QLabel(self.replyBox)
        self.replyError.setObjectName(u"replyError")
        self.replyError.setText(u"")
        self.replyError.setWordWrap(True)
        self.replyError.setVisible(False)
        self.replyError.setProperty(u"role", u"deskError")

        self.replyLayout.addWidget(self.replyError)


        self.rightLayout.addWidget(self.replyBox)

        self.rightLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.rightLayout)

        self.bodyLayout.setStretch(1, 1)

        self.rootLayout.addLayout(self.bodyLayout)


        self.retranslateUi(DeskInquiriesForm)

        QMetaObject.connectSlotsByName(DeskInquiriesForm)
    # setupUi

    def retranslateUi(self, DeskInquiriesForm):
        self.logBox.setTitle(QCoreApplication.translate("DeskInquiriesForm", u"Log an inquiry", None))
        self.channelLabel.setText(QCoreApplication.translate("DeskInquiriesForm", u"Channel", None))
        self.phoneLabel.setText(QCoreApplication.translate("DeskInquiriesForm", u"Mobile phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("DeskInquiriesForm", u"Optional: 11 digits", None))
        self.nameLabel.setText(QCoreApplication.translate("DeskInquiriesForm", u"Customer name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DeskInquiriesForm", u"Optional", None))
        self.questionLabel.setText(QCoreApplication.translate("DeskInquiriesForm", u"Question", None))
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("DeskInquiriesForm", u"What does the customer want to know?", None))
        self.urgentCheck.setText(QCoreApplication.translate("DeskInquiriesForm", u"Urgent: reply within 30 minutes", None))
        self.logButton.setText(QCoreApplication.translate("DeskInquiriesForm", u"Log inquiry", None))
        self.boardTitle.setText(QCoreApplication.translate("DeskInquiriesForm", u"Open inquiries (P3: urgent 30 min, general 2 h)", None))
        self.replyBox.setTitle(QCoreApplication.translate("DeskInquiriesForm", u"Reply", None))
        self.replyEdit.setPlaceholderText(QCoreApplication.translate("DeskInquiriesForm", u"The answer given to the customer", None))
        self.replyButton.setText(QCoreApplication.translate("DeskInquiriesForm", u"Send reply", None))
        pass
    # retranslateUi

