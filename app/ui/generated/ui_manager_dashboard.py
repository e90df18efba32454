# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_dashboard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ManagerDashboardForm(object):
    def setupUi(self, ManagerDashboardForm):
        if not ManagerDashboardForm.objectName():
            ManagerDashboardForm.setObjectName(u"ManagerDashboardForm")
        self.rootLayout = QVBoxLayout(ManagerDashboardForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(ManagerDashboardForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(ManagerDashboardForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.periodLabel = QLabel(ManagerDashboardForm)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ManagerDashboardForm)
        self.periodCombo.setObjectName(u"periodCombo")

        self.headerLayout.addWidget(self.periodCombo)

        self.memberLabel = QLabel(ManagerDashboardForm)
        self.memberLabel.setObjectName(u"memberLabel")

        self.headerLayout.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(ManagerDashboardForm)
        self.memberCombo.setObjectName(u"memberCombo")

        self.headerLayout.addWidget(self.memberCombo)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.summaryLabel = QLabel(ManagerDashboardForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.headerLayout.addWidget(self.summaryLabel)

        self.reportButton = QPushButton(ManagerDashboardForm)
        self.reportButton.setObjectName(u"reportButton")

        self.headerLayout.addWidget(self.reportButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.figuresTabs = QTabWidget(ManagerDashboardForm)
        self.figuresTabs.setObjectName(u"figuresTabs")
        self.weakPage = QWidget()
        self.weakPage.setObjectName(u"weakPage")
        self.weakPageLayout = QVBoxLayout(self.weakPage)
        self.weakPageLayout.setObjectName(u"weakPageLayout")
        self.weakLayout = QHBoxLayout()
        self.weakLayout.setObjectName(u"weakLayout")
        self.weakLabel = QLabel(self.weakPage)
        self.weakLabel.setObjectName(u"weakLabel")
        self.weakLabel.setText(u"")
        self.weakLabel.setWordWrap(True)

        self.weakLayout.addWidget(self.weakLabel)

        self.targetsButton = QPushButton(self.weakPage)
        self.targetsButton.setObjectName(u"targetsButton")

        self.weakLayout.addWidget(self.targetsButton)

        self.actionButton = QPushButton(self.weakPage)
        self.actionButton.setObjectName(u"actionButton")
        self.actionButton.setEnabled(False)

        self.weakLayout.addWidget(self.actionButton)


        self.weakPageLayout.addLayout(self.weakLayout)

        self.weakView = QTableView(self.weakPage)
        self.weakView.setObjectName(u"weakView")

        self.weakPageLayout.addWidget(self.weakView)

        self.figuresTabs.addTab(self.weakPage, "")
        self.timePage = QWidget()
        self.timePage.setObjectName(u"timePage")
        self.timePageLayout = QVBoxLayout(self.timePage)
        self.timePageLayout.setObjectName(u"timePageLayout")
        self.slaLabel = QLabel(self.timePage)
        self.slaLabel.setObjectName(u"slaLabel")

        self.timePageLayout.addWidget(self.slaLabel)

        self.slaView = QTableView(self.timePage)
        self.slaView.setObjectName(u"slaView")

        self.timePageLayout.addWidget(self.slaView)

        self.figuresTabs.addTab(self.timePage, "")
        self.stagePage = QWidget()
        self.stagePage.setObjectName(u"stagePage")
        self.stagePageLayout = QVBoxLayout(self.stagePage)
        self.stagePageLayout.setObjectName(u"stagePageLayout")
        self.stageLabel = QLabel(self.stagePage)
        self.stageLabel.setObjectName(u"stageLabel")

        self.stagePageLayout.addWidget(self.stageLabel)

        self.stageView = QTableView(self.stagePage)
        self.stageView.setObjectName(u"stageView")

        self.stagePageLayout.addWidget(self.stageView)

        self.figuresTabs.addTab(self.stagePage, "")
        self.aftercarePage = QWidget()
        self.aftercarePage.setObjectName(u"aftercarePage")
        self.aftercarePageLayout = QVBoxLayout(self.aftercarePage)
        self.aftercarePageLayout.setObjectName(u"aftercarePageLayout")
        self.complaintLabel = QLabel(self.aftercarePage)
        self.complaintLabel.setObjectName(u"complaintLabel")

        self.aftercarePageLayout.addWidget(self.complaintLabel)

        self.complaintView = QTableView(self.aftercarePage)
        self.complaintView.setObjectName(u"complaintView")

        self.aftercarePageLayout.addWidget(self.complaintView)

        self.feedbackLabel = QLabel(self.aftercarePage)
        self.feedbackLabel.setObjectName(u"feedbackLabel")
        self.feedbackLabel.setText(u"")
        self.feedbackLabel.setWordWrap(True)

        self.aftercarePageLayout.addWidget(self.feedbackLabel)

        self.feedbackView = QTableView(self.aftercarePage)
        self.feedbackView.setObjectName(u"feedbackView")

        self.aftercarePageLayout.addWidget(self.feedbackView)

        self.figuresTabs.addTab(self.aftercarePage, "")
        self.settlementPage = QWidget()
        self.settlementPage.setObjectName(u"settlementPage")
        self.settlementPageLayout = QVBoxLayout(self.settlementPage)
        self.settlementPageLayout.setObjectName(u"settlementPageLayout")
        self.differenceLabel = QLabel(self.settlementPage)
        self.differenceLabel.setObjectName(u"differenceLabel")
        self.differenceLabel.setText(u"")
        self.differenceLabel.setWordWrap(True)

        self.settlementPageLayout.addWidget(self.differenceLabel)

        self.differenceView = QTableView(self.settlementPage)
        self.differenceView.setObjectName(u"differenceView")

        self.settlementPageLayout.addWidget(self.differenceView)

        self.reasonLabel = QLabel(self.settlementPage)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setText(u"")
        self.reasonLabel.setWordWrap(True)

        self.settlementPageLayout.addWidget(self.reasonLabel)

        self.figuresTabs.addTab(self.settlementPage, "")
        self.actionsPage = QWidget()
        self.actionsPage.setObjectName(u"actionsPage")
        self.actionsPageLayout = QVBoxLayout(self.actionsPage)
        self.actionsPageLayout.setObjectName(u"actionsPageLayout")
        self.actionsLabel = QLabel(self.actionsPage)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setWordWrap(True)

        self.actionsPageLayout.addWidget(self.actionsLabel)

        self.actionsView = QTableView(self.actionsPage)
        self.actionsView.setObjectName(u"actionsView")

        self.actionsPageLayout.addWidget(self.actionsView)

        self.notesEdit = QLineEdit(self.actionsPage)
        self.notesEdit.setObjectName(u"notesEdit")

        self.actionsPageLayout.addWidget(self.notesEdit)

        self.actionButtonsLayout = QHBoxLayout()
        self.actionButtonsLayout.setObjectName(u"actionButtonsLayout")
        self.startActionButton = QPushButton(self.actionsPage)
        self.startActionButton.setObjectName(u"startActionButton")
        self.startActionButton.setEnabled(False)

        self.actionButtonsLayout.addWidget(self.startActionButton)

        self.doneActionButton = QPushButton(self.actionsPage)
        self.doneActionButton.setObjectName(u"doneActionButton")
        self.doneActionButton.setEnabled(False)

        self.actionButtonsLayout.addWidget(self.doneActionButton)

        self.dropActionButton = QPushButton(self.actionsPage)
        self.dropActionButton.setObjectName(u"dropActionButton")
        self.dropActionButton.setEnabled(False)

        self.actionButtonsLayout.addWidget(self.dropActionButton)

        self.saveNotesButton = QPushButton(self.actionsPage)
        self.saveNotesButton.setObjectName(u"saveNotesButton")
        self.saveNotesButton.setEnabled(False)

        self.actionButtonsLayout.addWidget(self.saveNotesButton)


        self.actionsPageLayout.addLayout(self.actionButtonsLayout)

        self.figuresTabs.addTab(self.actionsPage, "")

        self.leftLayout.addWidget(self.figuresTabs)

        self.qualityLabel = QLabel(ManagerDashboardForm)
        self.qualityLabel.setObjectName(u"qualityLabel")
        self.qualityLabel.setText(u"")
        self.qualityLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.qualityLabel)


        self.bodyLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.chartHolder = QWidget(ManagerDashboardForm)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartHolder.setMinimumSize(QSize(420, 200))

        self.rightLayout.addWidget(self.chartHolder)

        self.casesLabel = QLabel(ManagerDashboardForm)
        self.casesLabel.setObjectName(u"casesLabel")

        self.rightLayout.addWidget(self.casesLabel)

        self.casesNoteLabel = QLabel(ManagerDashboardForm)
        self.casesNoteLabel.setObjectName(u"casesNoteLabel")
        self.casesNoteLabel.setVisible(False)
        self.casesNoteLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.casesNoteLabel)

        self.casesView = QTableView(ManagerDashboardForm)
        self.casesView.setObjectName(u"casesView")

        self.rightLayout.addWidget(self.casesView)

        self.rightLayout.setStretch(0, 1)
        self.rightLayout.setStretch(3, 1)

        self.bodyLayout.addLayout(self.rightLayout)


        self.rootLayout.addLayout(self.bodyLayout)


        self.retranslateUi(ManagerDashboardForm)

        QMetaObject.connectSlotsByName(ManagerDashboardForm)
    # setupUi

    def retranslateUi(self, ManagerDashboardForm):
        ManagerDashboardForm.setWindowTitle(QCoreApplication.translate("ManagerDashboardForm", u"KPI dashboard", None))
        self.backButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Back to home", None))
        self.titleLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Service figures", None))
        self.periodLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Quarter", None))
        self.memberLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Whose figures", None))
        self.reportButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Quarterly report\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("ManagerDashboardForm", u"Build the quarter's improvement report (PDF), save it and print it", None))
#endif // QT_CONFIG(tooltip)
        self.targetsButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Targets\u2026", None))
#if QT_CONFIG(tooltip)
        self.targetsButton.setToolTip(QCoreApplication.translate("ManagerDashboardForm", u"The dealer's targets per time rule and stage", None))
#endif // QT_CONFIG(tooltip)
        self.actionButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Improvement action\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionButton.setToolTip(QCoreApplication.translate("ManagerDashboardForm", u"Create an improvement action for the selected weak spot (the worst when none is selected)", None))
#endif // QT_CONFIG(tooltip)
        self.figuresTabs.setTabText(self.figuresTabs.indexOf(self.weakPage), QCoreApplication.translate("ManagerDashboardForm", u"Weak spots", None))
        self.slaLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"SLA compliance (click a row for the missed cases)", None))
        self.figuresTabs.setTabText(self.figuresTabs.indexOf(self.timePage), QCoreApplication.translate("ManagerDashboardForm", u"Time rules", None))
        self.stageLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Waiting time per stage (click a row for the slowest cases)", None))
        self.figuresTabs.setTabText(self.figuresTabs.indexOf(self.stagePage), QCoreApplication.translate("ManagerDashboardForm", u"Stages", None))
        self.complaintLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Complaints by category (click a row for their cases)", None))
        self.figuresTabs.setTabText(self.figuresTabs.indexOf(self.aftercarePage), QCoreApplication.translate("ManagerDashboardForm", u"Complaints", None))
        self.figuresTabs.setTabText(self.figuresTabs.indexOf(self.settlementPage), QCoreApplication.translate("ManagerDashboardForm", u"Settlement", None))
        self.actionsLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Improvement actions, open ones first (overdue ones marked); select one to update it", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ManagerDashboardForm", u"Notes on the selected action (what was done, what it changed)", None))
        self.startActionButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"In progress", None))
        self.doneActionButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Done", None))
        self.dropActionButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Dropped", None))
        self.saveNotesButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Save notes", None))
        self.figuresTabs.setTabText(self.figuresTabs.indexOf(self.actionsPage), QCoreApplication.translate("ManagerDashboardForm", u"Actions", None))
        self.casesLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Cases behind the figure (double-click to open)", None))
    # retranslateUi

