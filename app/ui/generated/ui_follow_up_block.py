# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_block.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_FollowUpBlockForm(object):
    def setupUi(self, FollowUpBlockForm):
        if not FollowUpBlockForm.objectName():
            FollowUpBlockForm.setObjectName(u"FollowUpBlockForm")
        self.rootLayout = QVBoxLayout(FollowUpBlockForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(FollowUpBlockForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.titleLabel)

        self.followUpView = QTableView(FollowUpBlockForm)
        self.followUpView.setObjectName(u"followUpView")

        self.rootLayout.addWidget(self.followUpView)


        self.retranslateUi(FollowUpBlockForm)

        QMetaObject.connectSlotsByName(FollowUpBlockForm)
    # setupUi

    def retranslateUi(self, FollowUpBlockForm):
        self.titleLabel.setText(QCoreApplication.translate("FollowUpBlockForm", u"Follow-up calls due (P5 feedback a few days after delivery)", None))
        pass
    # retranslateUi

