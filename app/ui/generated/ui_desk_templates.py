# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk_templates.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DeskTemplatesForm(object):
    def setupUi(self, DeskTemplatesForm):
        if not DeskTemplatesForm.objectName():
            DeskTemplatesForm.setObjectName(u"DeskTemplatesForm")
        self.rootLayout = QVBoxLayout(DeskTemplatesForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.kindsLayout = QHBoxLayout()
        self.kindsLayout.setObjectName(u"kindsLayout")
        self.kind_reminder = QPushButton(DeskTemplatesForm)
        self.kind_reminder.setObjectName(u"kind_reminder")
        self.kind_reminder.setCheckable(True)

        self.kindsLayout.addWidget(self.kind_reminder)

        self.kind_progress = QPushButton(DeskTemplatesForm)
        self.kind_progress.setObjectName(u"kind_progress")
        self.kind_progress.setCheckable(True)

        self.kindsLayout.addWidget(self.kind_progress)

        self.kind_delay = QPushButton(DeskTemplatesForm)
        self.kind_delay.setObjectName(u"kind_delay")
        self.kind_delay.setCheckable(True)

        self.kindsLayout.addWidget(self.kind_delay)

        self.kind_ready = QPushButton(DeskTemplatesForm)
        self.kind_ready.setObjectName(u"kind_ready")
        self.kind_ready.setCheckable(True)

        self.kindsLayout.addWidget(self.kind_ready)

        self.lang_zh_CN = QPushButton(DeskTemplatesForm)
        self.lang_zh_CN.setObjectName(u"lang_zh_CN")
        self.lang_zh_CN.setText(u"\u4e2d\u6587")
        self.lang_zh_CN.setCheckable(True)

        self.kindsLayout.addWidget(self.lang_zh_CN)

        self.lang_en = QPushButton(DeskTemplatesForm)
        self.lang_en.setObjectName(u"lang_en")
        self.lang_en.setText(u"English")
        self.lang_en.setCheckable(True)

        self.kindsLayout.addWidget(self.lang_en)


        self.rootLayout.addLayout(self.kindsLayout)

        self.templateState = QLabel(DeskTemplatesForm)
        self.templateState.setObjectName(u"templateState")
        self.templateState.setText(u"")

        self.rootLayout.addWidget(self.templateState)

        self.templateEditor = QPlainTextEdit(DeskTemplatesForm)
        self.templateEditor.setObjectName(u"templateEditor")
        self.templateEditor.setMinimumSize(QSize(0, 90))

        self.rootLayout.addWidget(self.templateEditor)

        self.chipsBox = QGroupBox(DeskTemplatesForm)
        self.chipsBox.setObjectName(u"chipsBox")
        self.chipsGrid = QGridLayout(self.chipsBox)
        self.chipsGrid.setObjectName(u"chipsGrid")

        self.rootLayout.addWidget(self.chipsBox)

        self.previewBox = QGroupBox(DeskTemplatesForm)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewBubble = QLabel(self.previewBox)
        self.previewBubble.setObjectName(u"previewBubble")
        self.previewBubble.setText(u"")
        self.previewBubble.setWordWrap(True)
        self.previewBubble.setMinimumSize(QSize(0, 72))

        self.previewLayout.addWidget(self.previewBubble)

        self.lengthLabel = QLabel(self.previewBox)
        self.lengthLabel.setObjectName(u"lengthLabel")
        self.lengthLabel.setText(u"")

        self.previewLayout.addWidget(self.lengthLabel)


        self.rootLayout.addWidget(self.previewBox)

        self.templateError = QLabel(DeskTemplatesForm)
        self.templateError.setObjectName(u"templateError")
        self.templateError.setText(u"")
        self.templateError.setWordWrap(True)
        self.templateError.setVisible(False)
        self.templateError.setProperty(u"role", u"deskError")

        self.rootLayout.addWidget(self.templateError)

        self.readonlyNote = QLabel(DeskTemplatesForm)
        self.readonlyNote.setObjectName(u"readonlyNote")
        self.readonlyNote.setWordWrap(True)

        self.rootLayout.addWidget(self.readonlyNote)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.resetTemplateButton = QPushButton(DeskTemplatesForm)
        self.resetTemplateButton.setObjectName(u"resetTemplateButton")

        self.buttonsLayout.addWidget(self.resetTemplateButton)

        self.buttonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveTemplateButton = QPushButton(DeskTemplatesForm)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.buttonsLayout.addWidget(self.saveTemplateButton)

        self.buttonsLayout.setStretch(1, 1)

        self.rootLayout.addLayout(self.buttonsLayout)

        self.rootLayout.setStretch(2, 1)

        self.retranslateUi(DeskTemplatesForm)

        QMetaObject.connectSlotsByName(DeskTemplatesForm)
    # setupUi

    def retranslateUi(self, DeskTemplatesForm):
        self.kind_reminder.setText(QCoreApplication.translate("DeskTemplatesForm", u"Appointment reminder", None))
        self.kind_progress.setText(QCoreApplication.translate("DeskTemplatesForm", u"Progress update", None))
        self.kind_delay.setText(QCoreApplication.translate("DeskTemplatesForm", u"Delay notice", None))
        self.kind_ready.setText(QCoreApplication.translate("DeskTemplatesForm", u"Ready for pick-up", None))
        self.chipsBox.setTitle(QCoreApplication.translate("DeskTemplatesForm", u"Placeholders: tap to insert at the cursor", None))
        self.previewBox.setTitle(QCoreApplication.translate("DeskTemplatesForm", u"Preview with sample values", None))
        self.readonlyNote.setText(QCoreApplication.translate("DeskTemplatesForm", u"Only the service manager or the administrator changes message texts.", None))
        self.resetTemplateButton.setText(QCoreApplication.translate("DeskTemplatesForm", u"Back to the standard text", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("DeskTemplatesForm", u"Save template", None))
        pass
    # retranslateUi

