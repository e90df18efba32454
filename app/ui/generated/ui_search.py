# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search.ui'
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
    QLabel, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_SearchForm(object):
    def setupUi(self, SearchForm):
        if not SearchForm.objectName():
            SearchForm.setObjectName(u"SearchForm")
        self.rootLayout = QVBoxLayout(SearchForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(SearchForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.resultCountLabel = QLabel(SearchForm)
        self.resultCountLabel.setObjectName(u"resultCountLabel")
        self.resultCountLabel.setText(u"")

        self.headerLayout.addWidget(self.resultCountLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.resultsView = QTableView(SearchForm)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setWordWrap(False)

        self.rootLayout.addWidget(self.resultsView)


        self.retranslateUi(SearchForm)

        QMetaObject.connectSlotsByName(SearchForm)
    # setupUi

    def retranslateUi(self, SearchForm):
        SearchForm.setWindowTitle(QCoreApplication.translate("SearchForm", u"Search", None))
        self.titleLabel.setText(QCoreApplication.translate("SearchForm", u"Search results", None))
    # retranslateUi

