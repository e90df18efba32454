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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

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
        self.slaLabel = QLabel(ManagerDashboardForm)
        self.slaLabel.setObjectName(u"slaLabel")

        self.leftLayout.addWidget(self.slaLabel)

        self.slaView = QTableView(ManagerDashboardForm)
        self.slaView.setObjectName(u"slaView")

        self.leftLayout.addWidget(self.slaView)

        self.stageLabel = QLabel(ManagerDashboardForm)
        self.stageLabel.setObjectName(u"stageLabel")

        self.leftLayout.addWidget(self.stageLabel)

        self.stageView = QTableView(ManagerDashboardForm)
        self.stageView.setObjectName(u"stageView")

        self.leftLayout.addWidget(self.stageView)

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
        self.chartHolder.setMinimumSize(QSize(420, 240))

        self.rightLayout.addWidget(self.chartHolder)

        self.weakLayout = QHBoxLayout()
        self.weakLayout.setObjectName(u"weakLayout")
        self.weakLabel = QLabel(ManagerDashboardForm)
        self.weakLabel.setObjectName(u"weakLabel")
        self.weakLabel.setText(u"")
        self.weakLabel.setWordWrap(True)

        self.weakLayout.addWidget(self.weakLabel)

        self.actionButton = QPushButton(ManagerDashboardForm)
        self.actionButton.setObjectName(u"actionButton")
        self.actionButton.setEnabled(False)

        self.weakLayout.addWidget(self.actionButton)


        self.rightLayout.addLayout(self.weakLayout)

        self.casesLabel = QLabel(ManagerDashboardForm)
        self.casesLabel.setObjectName(u"casesLabel")

        self.rightLayout.addWidget(self.casesLabel)

        self.casesView = QTableView(ManagerDashboardForm)
        self.casesView.setObjectName(u"casesView")

        self.rightLayout.addWidget(self.casesView)


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
        self.slaLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"SLA compliance (click a row for the missed cases)", None))
        self.stageLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Waiting time per stage (click a row for the slowest cases)", None))
        self.actionButton.setText(QCoreApplication.translate("ManagerDashboardForm", u"Improvement action for the worst weak spot", None))
        self.casesLabel.setText(QCoreApplication.translate("ManagerDashboardForm", u"Cases behind the figure (double-click to open)", None))
    # retranslateUi

