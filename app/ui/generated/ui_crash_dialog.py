# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CrashDialogForm(object):
    def setupUi(self, CrashDialogForm):
        if not CrashDialogForm.objectName():
            CrashDialogForm.setObjectName(u"CrashDialogForm")
        self.rootLayout = QVBoxLayout(CrashDialogForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headlineLabel = QLabel(CrashDialogForm)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.headlineLabel)

        self.reportLabel = QLabel(CrashDialogForm)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setText(u"")
        self.reportLabel.setWordWrap(True)
        self.reportLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.reportLabel)

        self.detailsEdit = QPlainTextEdit(CrashDialogForm)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)

        self.rootLayout.addWidget(self.detailsEdit)

        self.buttonBox = QDialogButtonBox(CrashDialogForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.rootLayout.addWidget(self.buttonBox)


        self.retranslateUi(CrashDialogForm)

        QMetaObject.connectSlotsByName(CrashDialogForm)
    # setupUi

    def retranslateUi(self, CrashDialogForm):
        CrashDialogForm.setWindowTitle(QCoreApplication.translate("CrashDialogForm", u"ServiceBay stopped working", None))
        self.headlineLabel.setText(QCoreApplication.translate("CrashDialogForm", u"Sorry, ServiceBay hit an error it did not expect. Your saved work is safe in the database.", None))
    # retranslateUi

