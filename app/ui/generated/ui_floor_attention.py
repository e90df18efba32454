# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'floor_attention.ui'
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

class Ui_FloorAttentionForm(object):
    def setupUi(self, FloorAttentionForm):
        if not FloorAttentionForm.objectName():
            FloorAttentionForm.setObjectName(u"FloorAttentionForm")
        self.rootLayout = QVBoxLayout(FloorAttentionForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.attentionLabel = QLabel(FloorAttentionForm)
        self.attentionLabel.setObjectName(u"attentionLabel")
        self.attentionLabel.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.attentionLabel)

        self.attentionView = QTableView(FloorAttentionForm)
        self.attentionView.setObjectName(u"attentionView")
        self.attentionView.setMinimumSize(QSize(0, 90))

        self.rootLayout.addWidget(self.attentionView)


        self.retranslateUi(FloorAttentionForm)

        QMetaObject.connectSlotsByName(FloorAttentionForm)
    # setupUi

    def retranslateUi(self, FloorAttentionForm):
        self.attentionLabel.setText(QCoreApplication.translate("FloorAttentionForm", u"Progress updates and delay notices due (W4, W5)", None))
#if QT_CONFIG(tooltip)
        self.attentionView.setToolTip(QCoreApplication.translate("FloorAttentionForm", u"Double-click: open the case's progress page", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

