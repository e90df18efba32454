# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ComplaintsPageForm(object):
    def setupUi(self, ComplaintsPageForm):
        if not ComplaintsPageForm.objectName():
            ComplaintsPageForm.setObjectName(u"ComplaintsPageForm")
        self.rootLayout = QVBoxLayout(ComplaintsPageForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(ComplaintsPageForm)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setProperty(u"role", u"caseAction")
        self.backButton.setMinimumSize(QSize(0, 48))

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(ComplaintsPageForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.scopeLabel = QLabel(ComplaintsPageForm)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setText(u"")
        self.scopeLabel.setProperty(u"role", u"owner")

        self.headerLayout.addWidget(self.scopeLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(ComplaintsPageForm)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"role", u"caseAction")
        self.newButton.setMinimumSize(QSize(0, 48))

        self.headerLayout.addWidget(self.newButton)

        self.openCaseButton = QPushButton(ComplaintsPageForm)
        self.openCaseButton.setObjectName(u"openCaseButton")
        self.openCaseButton.setProperty(u"role", u"caseAction")
        self.openCaseButton.setMinimumSize(QSize(0, 48))

        self.headerLayout.addWidget(self.openCaseButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.stateCaption = QLabel(ComplaintsPageForm)
        self.stateCaption.setObjectName(u"stateCaption")

        self.filterLayout.addWidget(self.stateCaption)

        self.stateFilter = QComboBox(ComplaintsPageForm)
        self.stateFilter.setObjectName(u"stateFilter")

        self.filterLayout.addWidget(self.stateFilter)

        self.categoryCaption = QLabel(ComplaintsPageForm)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.filterLayout.addWidget(self.categoryCaption)

        self.categoryFilter = QComboBox(ComplaintsPageForm)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterLayout.addWidget(self.categoryFilter)

        self.ownerCaption = QLabel(ComplaintsPageForm)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.filterLayout.addWidget(self.ownerCaption)

        self.ownerFilter = QComboBox(ComplaintsPageForm)
        self.ownerFilter.setObjectName(u"ownerFilter")

        self.filterLayout.addWidget(self.ownerFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.rootLayout.addLayout(self.filterLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listView = QTableView(ComplaintsPageForm)
        self.listView.setObjectName(u"listView")

        self.bodyLayout.addWidget(self.listView)

        self.detailGroup = QGroupBox(ComplaintsPageForm)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailGroup.setMinimumSize(QSize(460, 0))
        self.detailGroup.setMaximumSize(QSize(520, 16777215))
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLabel = QLabel(self.detailGroup)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.detailLabel)

        self.actionsLabel = QLabel(self.detailGroup)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setText(u"")
        self.actionsLabel.setProperty(u"role", u"caption")
        self.actionsLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.actionsLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionEdit = QLineEdit(self.detailGroup)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setMinimumSize(QSize(0, 44))

        self.actionRow.addWidget(self.actionEdit)

        self.actionButton = QPushButton(self.detailGroup)
        self.actionButton.setObjectName(u"actionButton")
        self.actionButton.setProperty(u"role", u"caseAction")
        self.actionButton.setMinimumSize(QSize(0, 48))

        self.actionRow.addWidget(self.actionButton)


        self.detailLayout.addLayout(self.actionRow)

        self.resolveRow = QHBoxLayout()
        self.resolveRow.setObjectName(u"resolveRow")
        self.resolutionEdit = QLineEdit(self.detailGroup)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setMinimumSize(QSize(0, 44))

        self.resolveRow.addWidget(self.resolutionEdit)

        self.resolveButton = QPushButton(self.detailGroup)
        self.resolveButton.setObjectName(u"resolveButton")
        self.resolveButton.setProperty(u"role", u"primary")
        self.resolveButton.setMinimumSize(QSize(0, 48))

        self.resolveRow.addWidget(self.resolveButton)


        self.detailLayout.addLayout(self.resolveRow)

        self.answerEdit = QLineEdit(self.detailGroup)
        self.answerEdit.setObjectName(u"answerEdit")
        self.answerEdit.setMinimumSize(QSize(0, 44))

        self.detailLayout.addWidget(self.answerEdit)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.satisfiedCheck = QCheckBox(self.detailGroup)
        self.satisfiedCheck.setObjectName(u"satisfiedCheck")

        self.closeRow.addWidget(self.satisfiedCheck)

        self.closeComplaintButton = QPushButton(self.detailGroup)
        self.closeComplaintButton.setObjectName(u"closeComplaintButton")
        self.closeComplaintButton.setProperty(u"role", u"primary")
        self.closeComplaintButton.setMinimumSize(QSize(0, 48))

        self.closeRow.addWidget(self.closeComplaintButton)


        self.detailLayout.addLayout(self.closeRow)

        self.errorLabel = QLabel(self.detailGroup)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setProperty(u"role", u"error")
        self.errorLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.errorLabel)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)


        self.bodyLayout.addWidget(self.detailGroup)


        self.rootLayout.addLayout(self.bodyLayout)


        self.retranslateUi(ComplaintsPageForm)

        QMetaObject.connectSlotsByName(ComplaintsPageForm)
    # setupUi

    def retranslateUi(self, ComplaintsPageForm):
        ComplaintsPageForm.setWindowTitle(QCoreApplication.translate("ComplaintsPageForm", u"Complaints", None))
        self.backButton.setText(QCoreApplication.translate("ComplaintsPageForm", u"Back", None))
        self.titleLabel.setText(QCoreApplication.translate("ComplaintsPageForm", u"Complaints", None))
        self.newButton.setText(QCoreApplication.translate("ComplaintsPageForm", u"New complaint (front desk)", None))
        self.openCaseButton.setText(QCoreApplication.translate("ComplaintsPageForm", u"Open the case", None))
        self.stateCaption.setText(QCoreApplication.translate("ComplaintsPageForm", u"State", None))
        self.categoryCaption.setText(QCoreApplication.translate("ComplaintsPageForm", u"Category", None))
        self.ownerCaption.setText(QCoreApplication.translate("ComplaintsPageForm", u"Owner", None))
        self.detailGroup.setTitle(QCoreApplication.translate("ComplaintsPageForm", u"Complaint", None))
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPageForm", u"Action taken (call, inspection, goodwill \u2026)", None))
        self.actionButton.setText(QCoreApplication.translate("ComplaintsPageForm", u"Record action", None))
        self.resolutionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPageForm", u"Resolution", None))
        self.resolveButton.setText(QCoreApplication.translate("ComplaintsPageForm", u"Resolve", None))
        self.answerEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPageForm", u"The customer's answer", None))
        self.satisfiedCheck.setText(QCoreApplication.translate("ComplaintsPageForm", u"Customer satisfied", None))
        self.closeComplaintButton.setText(QCoreApplication.translate("ComplaintsPageForm", u"Close with the answer", None))
    # retranslateUi

