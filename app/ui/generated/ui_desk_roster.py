# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk_roster.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_DeskRosterForm(object):
    def setupUi(self, DeskRosterForm):
        if not DeskRosterForm.objectName():
            DeskRosterForm.setObjectName(u"DeskRosterForm")
        self.rootLayout = QVBoxLayout(DeskRosterForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.dutyNow = QLabel(DeskRosterForm)
        self.dutyNow.setObjectName(u"dutyNow")
        self.dutyNow.setText(u"")
        self.dutyNow.setWordWrap(True)

        self.rootLayout.addWidget(self.dutyNow)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.weekNav = QHBoxLayout()
        self.weekNav.setObjectName(u"weekNav")
        self.prevWeekButton = QPushButton(DeskRosterForm)
        self.prevWeekButton.setObjectName(u"prevWeekButton")

        self.weekNav.addWidget(self.prevWeekButton)

        self.thisWeekButton = QPushButton(DeskRosterForm)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.weekNav.addWidget(self.thisWeekButton)

        self.nextWeekButton = QPushButton(DeskRosterForm)
        self.nextWeekButton.setObjectName(u"nextWeekButton")

        self.weekNav.addWidget(self.nextWeekButton)

        self.weekLabel = QLabel(DeskRosterForm)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setText(u"")

        self.weekNav.addWidget(self.weekLabel)

        self.weekNav.setStretch(3, 1)

        self.leftLayout.addLayout(self.weekNav)

        self.rosterView = QTableView(DeskRosterForm)
        self.rosterView.setObjectName(u"rosterView")

        self.leftLayout.addWidget(self.rosterView)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.removeDutyButton = QPushButton(DeskRosterForm)
        self.removeDutyButton.setObjectName(u"removeDutyButton")

        self.removeRow.addWidget(self.removeDutyButton)

        self.removeError = QLabel(DeskRosterForm)
        self.removeError.setObjectName(u"removeError")
        self.removeError.setText(u"")
        self.removeError.setWordWrap(True)
        self.removeError.setVisible(False)
        self.removeError.setProperty(u"role", u"deskError")

        self.removeRow.addWidget(self.removeError)

        self.removeRow.setStretch(1, 1)

        self.leftLayout.addLayout(self.removeRow)

        self.readonlyNote = QLabel(DeskRosterForm)
        self.readonlyNote.setObjectName(u"readonlyNote")
        self.readonlyNote.setWordWrap(True)

        self.leftLayout.addWidget(self.readonlyNote)

        self.leftLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.leftLayout)

        self.addBox = QGroupBox(DeskRosterForm)
        self.addBox.setObjectName(u"addBox")
        self.addBox.setMinimumSize(QSize(400, 0))
        self.addBox.setMaximumSize(QSize(400, 16777215))
        self.addLayout = QVBoxLayout(self.addBox)
        self.addLayout.setObjectName(u"addLayout")
        self.presetRow = QHBoxLayout()
        self.presetRow.setObjectName(u"presetRow")
        self.tonightButton = QPushButton(self.addBox)
        self.tonightButton.setObjectName(u"tonightButton")

        self.presetRow.addWidget(self.tonightButton)

        self.dayLaterButton = QPushButton(self.addBox)
        self.dayLaterButton.setObjectName(u"dayLaterButton")

        self.presetRow.addWidget(self.dayLaterButton)


        self.addLayout.addLayout(self.presetRow)

        self.addForm = QFormLayout()
        self.addForm.setObjectName(u"addForm")
        self.staffLabel = QLabel(self.addBox)
        self.staffLabel.setObjectName(u"staffLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffCombo = QComboBox(self.addBox)
        self.staffCombo.setObjectName(u"staffCombo")

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffCombo)

        self.startLabel = QLabel(self.addBox)
        self.startLabel.setObjectName(u"startLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateTimeEdit(self.addBox)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.addBox)
        self.endLabel.setObjectName(u"endLabel")

        self.addForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateTimeEdit(self.addBox)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.addForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.channelLabel = QLabel(self.addBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.dutyChannelCombo = QComboBox(self.addBox)
        self.dutyChannelCombo.setObjectName(u"dutyChannelCombo")

        self.addForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dutyChannelCombo)


        self.addLayout.addLayout(self.addForm)

        self.addError = QLabel(self.addBox)
        self.addError.setObjectName(u"addError")
        self.addError.setText(u"")
        self.addError.setWordWrap(True)
        self.addError.setVisible(False)
        self.addError.setProperty(u"role", u"deskError")

        self.addLayout.addWidget(self.addError)

        self.addDutyButton = QPushButton(self.addBox)
        self.addDutyButton.setObjectName(u"addDutyButton")

        self.addLayout.addWidget(self.addDutyButton)

        self.addSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.addLayout.addItem(self.addSpacer)


        self.bodyLayout.addWidget(self.addBox)

        self.bodyLayout.setStretch(0, 1)

        self.rootLayout.addLayout(self.bodyLayout)


        self.retranslateUi(DeskRosterForm)

        QMetaObject.connectSlotsByName(DeskRosterForm)
    # setupUi

    def retranslateUi(self, DeskRosterForm):
        self.prevWeekButton.setText(QCoreApplication.translate("DeskRosterForm", u"\u25c0 Previous week", None))
        self.thisWeekButton.setText(QCoreApplication.translate("DeskRosterForm", u"This week", None))
        self.nextWeekButton.setText(QCoreApplication.translate("DeskRosterForm", u"Next week \u25b6", None))
        self.removeDutyButton.setText(QCoreApplication.translate("DeskRosterForm", u"Remove selected duty", None))
        self.readonlyNote.setText(QCoreApplication.translate("DeskRosterForm", u"Only the service manager or the administrator changes the roster.", None))
        self.addBox.setTitle(QCoreApplication.translate("DeskRosterForm", u"Add a duty", None))
        self.tonightButton.setText(QCoreApplication.translate("DeskRosterForm", u"Tonight 18:00 \u2013 08:30", None))
        self.dayLaterButton.setText(QCoreApplication.translate("DeskRosterForm", u"One day later", None))
        self.staffLabel.setText(QCoreApplication.translate("DeskRosterForm", u"Staff member", None))
        self.startLabel.setText(QCoreApplication.translate("DeskRosterForm", u"From", None))
        self.endLabel.setText(QCoreApplication.translate("DeskRosterForm", u"Until", None))
        self.channelLabel.setText(QCoreApplication.translate("DeskRosterForm", u"Reached by", None))
        self.addDutyButton.setText(QCoreApplication.translate("DeskRosterForm", u"Add to roster", None))
        pass
    # retranslateUi

