# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'advisor_home.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_AdvisorHomeForm(object):
    def setupUi(self, AdvisorHomeForm):
        if not AdvisorHomeForm.objectName():
            AdvisorHomeForm.setObjectName(u"AdvisorHomeForm")
        self.rootLayout = QVBoxLayout(AdvisorHomeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(AdvisorHomeForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.updatedLabel = QLabel(AdvisorHomeForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(AdvisorHomeForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.appointmentsBox = QWidget(self.splitter)
        self.appointmentsBox.setObjectName(u"appointmentsBox")
        self.appointmentsLayout = QVBoxLayout(self.appointmentsBox)
        self.appointmentsLayout.setObjectName(u"appointmentsLayout")
        self.appointmentsLayout.setContentsMargins(0, 0, 0, 0)
        self.appointmentsLabel = QLabel(self.appointmentsBox)
        self.appointmentsLabel.setObjectName(u"appointmentsLabel")
        self.appointmentsLabel.setProperty(u"role", u"section")

        self.appointmentsLayout.addWidget(self.appointmentsLabel)

        self.appointmentsView = QTableView(self.appointmentsBox)
        self.appointmentsView.setObjectName(u"appointmentsView")
        self.appointmentsView.setMinimumSize(QSize(0, 90))
        self.appointmentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appointmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appointmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appointmentsView.setAlternatingRowColors(True)
        self.appointmentsView.setWordWrap(False)

        self.appointmentsLayout.addWidget(self.appointmentsView)

        self.splitter.addWidget(self.appointmentsBox)
        self.casesBox = QWidget(self.splitter)
        self.casesBox.setObjectName(u"casesBox")
        self.casesLayout = QVBoxLayout(self.casesBox)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesLayout.setContentsMargins(0, 0, 0, 0)
        self.openCasesLabel = QLabel(self.casesBox)
        self.openCasesLabel.setObjectName(u"openCasesLabel")
        self.openCasesLabel.setProperty(u"role", u"section")

        self.casesLayout.addWidget(self.openCasesLabel)

        self.openCasesView = QTableView(self.casesBox)
        self.openCasesView.setObjectName(u"openCasesView")
        self.openCasesView.setMinimumSize(QSize(0, 90))
        self.openCasesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.openCasesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.openCasesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.openCasesView.setAlternatingRowColors(True)
        self.openCasesView.setWordWrap(False)

        self.casesLayout.addWidget(self.openCasesView)

        self.splitter.addWidget(self.casesBox)
        self.inquiriesBox = QWidget(self.splitter)
        self.inquiriesBox.setObjectName(u"inquiriesBox")
        self.inquiriesLayout = QVBoxLayout(self.inquiriesBox)
        self.inquiriesLayout.setObjectName(u"inquiriesLayout")
        self.inquiriesLayout.setContentsMargins(0, 0, 0, 0)
        self.inquiriesLabel = QLabel(self.inquiriesBox)
        self.inquiriesLabel.setObjectName(u"inquiriesLabel")
        self.inquiriesLabel.setProperty(u"role", u"section")

        self.inquiriesLayout.addWidget(self.inquiriesLabel)

        self.inquiriesView = QTableView(self.inquiriesBox)
        self.inquiriesView.setObjectName(u"inquiriesView")
        self.inquiriesView.setMinimumSize(QSize(0, 90))
        self.inquiriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inquiriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inquiriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inquiriesView.setAlternatingRowColors(True)
        self.inquiriesView.setWordWrap(False)

        self.inquiriesLayout.addWidget(self.inquiriesView)

        self.splitter.addWidget(self.inquiriesBox)

        self.rootLayout.addWidget(self.splitter)


        self.retranslateUi(AdvisorHomeForm)

        QMetaObject.connectSlotsByName(AdvisorHomeForm)
    # setupUi

    def retranslateUi(self, AdvisorHomeForm):
        AdvisorHomeForm.setWindowTitle(QCoreApplication.translate("AdvisorHomeForm", u"Service advisor", None))
        self.titleLabel.setText(QCoreApplication.translate("AdvisorHomeForm", u"Service advisor", None))
        self.appointmentsLabel.setText(QCoreApplication.translate("AdvisorHomeForm", u"Today's appointments", None))
        self.openCasesLabel.setText(QCoreApplication.translate("AdvisorHomeForm", u"My open cases", None))
        self.inquiriesLabel.setText(QCoreApplication.translate("AdvisorHomeForm", u"Customer inquiries waiting for a reply", None))
    # retranslateUi

