# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_home.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ManagerHomeForm(object):
    def setupUi(self, ManagerHomeForm):
        if not ManagerHomeForm.objectName():
            ManagerHomeForm.setObjectName(u"ManagerHomeForm")
        self.rootLayout = QVBoxLayout(ManagerHomeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ManagerHomeForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.dashboardButton = QPushButton(ManagerHomeForm)
        self.dashboardButton.setObjectName(u"dashboardButton")

        self.headerLayout.addWidget(self.dashboardButton)

        self.updatedLabel = QLabel(ManagerHomeForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.statsLayout = QHBoxLayout()
        self.statsLayout.setObjectName(u"statsLayout")
        self.openCasesFrame = QFrame(ManagerHomeForm)
        self.openCasesFrame.setObjectName(u"openCasesFrame")
        self.openCasesFrame.setProperty(u"role", u"stat")
        self.openCasesLayout = QVBoxLayout(self.openCasesFrame)
        self.openCasesLayout.setObjectName(u"openCasesLayout")
        self.openCasesValue = QLabel(self.openCasesFrame)
        self.openCasesValue.setObjectName(u"openCasesValue")
        self.openCasesValue.setText(u"")
        self.openCasesValue.setProperty(u"role", u"statValue")

        self.openCasesLayout.addWidget(self.openCasesValue)

        self.openCasesCaption = QLabel(self.openCasesFrame)
        self.openCasesCaption.setObjectName(u"openCasesCaption")

        self.openCasesLayout.addWidget(self.openCasesCaption)


        self.statsLayout.addWidget(self.openCasesFrame)

        self.overdueFrame = QFrame(ManagerHomeForm)
        self.overdueFrame.setObjectName(u"overdueFrame")
        self.overdueFrame.setProperty(u"role", u"stat")
        self.overdueLayout = QVBoxLayout(self.overdueFrame)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueValue = QLabel(self.overdueFrame)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setText(u"")
        self.overdueValue.setProperty(u"role", u"statValue")

        self.overdueLayout.addWidget(self.overdueValue)

        self.overdueCaption = QLabel(self.overdueFrame)
        self.overdueCaption.setObjectName(u"overdueCaption")

        self.overdueLayout.addWidget(self.overdueCaption)


        self.statsLayout.addWidget(self.overdueFrame)

        self.todayOpenedFrame = QFrame(ManagerHomeForm)
        self.todayOpenedFrame.setObjectName(u"todayOpenedFrame")
        self.todayOpenedFrame.setProperty(u"role", u"stat")
        self.todayOpenedLayout = QVBoxLayout(self.todayOpenedFrame)
        self.todayOpenedLayout.setObjectName(u"todayOpenedLayout")
        self.todayOpenedValue = QLabel(self.todayOpenedFrame)
        self.todayOpenedValue.setObjectName(u"todayOpenedValue")
        self.todayOpenedValue.setText(u"")
        self.todayOpenedValue.setProperty(u"role", u"statValue")

        self.todayOpenedLayout.addWidget(self.todayOpenedValue)

        self.todayOpenedCaption = QLabel(self.todayOpenedFrame)
        self.todayOpenedCaption.setObjectName(u"todayOpenedCaption")

        self.todayOpenedLayout.addWidget(self.todayOpenedCaption)


        self.statsLayout.addWidget(self.todayOpenedFrame)

        self.todayDeliveredFrame = QFrame(ManagerHomeForm)
        self.todayDeliveredFrame.setObjectName(u"todayDeliveredFrame")
        self.todayDeliveredFrame.setProperty(u"role", u"stat")
        self.todayDeliveredLayout = QVBoxLayout(self.todayDeliveredFrame)
        self.todayDeliveredLayout.setObjectName(u"todayDeliveredLayout")
        self.todayDeliveredValue = QLabel(self.todayDeliveredFrame)
        self.todayDeliveredValue.setObjectName(u"todayDeliveredValue")
        self.todayDeliveredValue.setText(u"")
        self.todayDeliveredValue.setProperty(u"role", u"statValue")

        self.todayDeliveredLayout.addWidget(self.todayDeliveredValue)

        self.todayDeliveredCaption = QLabel(self.todayDeliveredFrame)
        self.todayDeliveredCaption.setObjectName(u"todayDeliveredCaption")

        self.todayDeliveredLayout.addWidget(self.todayDeliveredCaption)


        self.statsLayout.addWidget(self.todayDeliveredFrame)


        self.rootLayout.addLayout(self.statsLayout)

        self.tablesLayout = QHBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.byStateLayout = QVBoxLayout()
        self.byStateLayout.setObjectName(u"byStateLayout")
        self.byStateLabel = QLabel(ManagerHomeForm)
        self.byStateLabel.setObjectName(u"byStateLabel")
        self.byStateLabel.setProperty(u"role", u"section")

        self.byStateLayout.addWidget(self.byStateLabel)

        self.byStateView = QTableView(ManagerHomeForm)
        self.byStateView.setObjectName(u"byStateView")
        self.byStateView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.byStateView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.byStateView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.byStateView.setAlternatingRowColors(True)
        self.byStateView.setWordWrap(False)

        self.byStateLayout.addWidget(self.byStateView)


        self.tablesLayout.addLayout(self.byStateLayout)

        self.alertsLayout = QVBoxLayout()
        self.alertsLayout.setObjectName(u"alertsLayout")
        self.alertsLabel = QLabel(ManagerHomeForm)
        self.alertsLabel.setObjectName(u"alertsLabel")
        self.alertsLabel.setProperty(u"role", u"section")

        self.alertsLayout.addWidget(self.alertsLabel)

        self.alertsView = QTableView(ManagerHomeForm)
        self.alertsView.setObjectName(u"alertsView")
        self.alertsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alertsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alertsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.alertsView.setAlternatingRowColors(True)
        self.alertsView.setWordWrap(False)

        self.alertsLayout.addWidget(self.alertsView)


        self.tablesLayout.addLayout(self.alertsLayout)

        self.tablesLayout.setStretch(0, 1)
        self.tablesLayout.setStretch(1, 4)

        self.rootLayout.addLayout(self.tablesLayout)


        self.retranslateUi(ManagerHomeForm)

        QMetaObject.connectSlotsByName(ManagerHomeForm)
    # setupUi

    def retranslateUi(self, ManagerHomeForm):
        ManagerHomeForm.setWindowTitle(QCoreApplication.translate("ManagerHomeForm", u"Service manager", None))
        self.titleLabel.setText(QCoreApplication.translate("ManagerHomeForm", u"Workshop", None))
        self.dashboardButton.setText(QCoreApplication.translate("ManagerHomeForm", u"KPI dashboard", None))
        self.openCasesCaption.setText(QCoreApplication.translate("ManagerHomeForm", u"Open cases", None))
        self.overdueCaption.setText(QCoreApplication.translate("ManagerHomeForm", u"SLA overdue", None))
        self.todayOpenedCaption.setText(QCoreApplication.translate("ManagerHomeForm", u"Opened today", None))
        self.todayDeliveredCaption.setText(QCoreApplication.translate("ManagerHomeForm", u"Delivered today", None))
        self.byStateLabel.setText(QCoreApplication.translate("ManagerHomeForm", u"Cases by state", None))
        self.alertsLabel.setText(QCoreApplication.translate("ManagerHomeForm", u"SLA alerts", None))
    # retranslateUi

