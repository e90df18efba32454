# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_progress.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CaseProgressForm(object):
    def setupUi(self, CaseProgressForm):
        if not CaseProgressForm.objectName():
            CaseProgressForm.setObjectName(u"CaseProgressForm")
        self.rootLayout = QVBoxLayout(CaseProgressForm)
        self.rootLayout.setSpacing(4)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(CaseProgressForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(CaseProgressForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.caseLabel = QLabel(CaseProgressForm)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setText(u"")

        self.headerLayout.addWidget(self.caseLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.updatedLabel = QLabel(CaseProgressForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.promiseGroup = QGroupBox(CaseProgressForm)
        self.promiseGroup.setObjectName(u"promiseGroup")
        self.promiseGrid = QGridLayout(self.promiseGroup)
        self.promiseGrid.setObjectName(u"promiseGrid")
        self.promiseValueLabel = QLabel(self.promiseGroup)
        self.promiseValueLabel.setObjectName(u"promiseValueLabel")
        self.promiseValueLabel.setText(u"")
        self.promiseValueLabel.setProperty(u"role", u"owner")

        self.promiseGrid.addWidget(self.promiseValueLabel, 0, 0, 1, 1)

        self.w5StatusLabel = QLabel(self.promiseGroup)
        self.w5StatusLabel.setObjectName(u"w5StatusLabel")
        self.w5StatusLabel.setText(u"")
        self.w5StatusLabel.setWordWrap(True)

        self.promiseGrid.addWidget(self.w5StatusLabel, 0, 1, 1, 2)

        self.promiseEdit = QDateTimeEdit(self.promiseGroup)
        self.promiseEdit.setObjectName(u"promiseEdit")
        self.promiseEdit.setDisplayFormat(u"MM-dd HH:mm")
        self.promiseEdit.setCalendarPopup(True)

        self.promiseGrid.addWidget(self.promiseEdit, 1, 0, 1, 1)

        self.setPromiseButton = QPushButton(self.promiseGroup)
        self.setPromiseButton.setObjectName(u"setPromiseButton")

        self.promiseGrid.addWidget(self.setPromiseButton, 1, 1, 1, 1)

        self.promiseHintLabel = QLabel(self.promiseGroup)
        self.promiseHintLabel.setObjectName(u"promiseHintLabel")
        self.promiseHintLabel.setProperty(u"role", u"caption")
        self.promiseHintLabel.setWordWrap(True)

        self.promiseGrid.addWidget(self.promiseHintLabel, 1, 2, 1, 1)

        self.promiseErrorLabel = QLabel(self.promiseGroup)
        self.promiseErrorLabel.setObjectName(u"promiseErrorLabel")
        self.promiseErrorLabel.setText(u"")
        self.promiseErrorLabel.setProperty(u"role", u"error")
        self.promiseErrorLabel.setWordWrap(True)

        self.promiseGrid.addWidget(self.promiseErrorLabel, 2, 0, 1, 3)


        self.leftColumn.addWidget(self.promiseGroup)

        self.progressGroup = QGroupBox(CaseProgressForm)
        self.progressGroup.setObjectName(u"progressGroup")
        self.progressGrid = QGridLayout(self.progressGroup)
        self.progressGrid.setObjectName(u"progressGrid")
        self.workLabel = QLabel(self.progressGroup)
        self.workLabel.setObjectName(u"workLabel")
        self.workLabel.setText(u"")
        self.workLabel.setWordWrap(True)

        self.progressGrid.addWidget(self.workLabel, 0, 0, 1, 2)

        self.w4StatusLabel = QLabel(self.progressGroup)
        self.w4StatusLabel.setObjectName(u"w4StatusLabel")
        self.w4StatusLabel.setText(u"")
        self.w4StatusLabel.setWordWrap(True)

        self.progressGrid.addWidget(self.w4StatusLabel, 0, 2, 1, 1)

        self.templateCombo = QComboBox(self.progressGroup)
        self.templateCombo.setObjectName(u"templateCombo")

        self.progressGrid.addWidget(self.templateCombo, 1, 0, 1, 2)

        self.progressEdit = QLineEdit(self.progressGroup)
        self.progressEdit.setObjectName(u"progressEdit")

        self.progressGrid.addWidget(self.progressEdit, 2, 0, 1, 3)

        self.sendProgressButton = QPushButton(self.progressGroup)
        self.sendProgressButton.setObjectName(u"sendProgressButton")
        self.sendProgressButton.setProperty(u"role", u"primary")

        self.progressGrid.addWidget(self.sendProgressButton, 1, 2, 1, 1)

        self.progressErrorLabel = QLabel(self.progressGroup)
        self.progressErrorLabel.setObjectName(u"progressErrorLabel")
        self.progressErrorLabel.setText(u"")
        self.progressErrorLabel.setProperty(u"role", u"error")
        self.progressErrorLabel.setWordWrap(True)

        self.progressGrid.addWidget(self.progressErrorLabel, 3, 0, 1, 3)

        self.updatesView = QTableView(self.progressGroup)
        self.updatesView.setObjectName(u"updatesView")

        self.progressGrid.addWidget(self.updatesView, 4, 0, 1, 3)


        self.leftColumn.addWidget(self.progressGroup)


        self.bodyLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.delayGroup = QGroupBox(CaseProgressForm)
        self.delayGroup.setObjectName(u"delayGroup")
        self.delayGrid = QGridLayout(self.delayGroup)
        self.delayGrid.setObjectName(u"delayGrid")
        self.reasonLabel = QLabel(self.delayGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.delayGrid.addWidget(self.reasonLabel, 0, 0, 1, 1)

        self.reasonCombo = QComboBox(self.delayGroup)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.delayGrid.addWidget(self.reasonCombo, 0, 1, 1, 2)

        self.reasonEdit = QLineEdit(self.delayGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.delayGrid.addWidget(self.reasonEdit, 1, 1, 1, 2)

        self.reasonErrorLabel = QLabel(self.delayGroup)
        self.reasonErrorLabel.setObjectName(u"reasonErrorLabel")
        self.reasonErrorLabel.setText(u"")
        self.reasonErrorLabel.setProperty(u"role", u"error")
        self.reasonErrorLabel.setWordWrap(True)

        self.delayGrid.addWidget(self.reasonErrorLabel, 2, 1, 1, 2)

        self.etaLabel = QLabel(self.delayGroup)
        self.etaLabel.setObjectName(u"etaLabel")
        self.etaLabel.setWordWrap(True)

        self.delayGrid.addWidget(self.etaLabel, 3, 0, 1, 1)

        self.etaEdit = QDateTimeEdit(self.delayGroup)
        self.etaEdit.setObjectName(u"etaEdit")
        self.etaEdit.setDisplayFormat(u"MM-dd HH:mm")
        self.etaEdit.setCalendarPopup(True)

        self.delayGrid.addWidget(self.etaEdit, 3, 1, 1, 1)

        self.oldPromiseLabel = QLabel(self.delayGroup)
        self.oldPromiseLabel.setObjectName(u"oldPromiseLabel")
        self.oldPromiseLabel.setText(u"")
        self.oldPromiseLabel.setProperty(u"role", u"caption")
        self.oldPromiseLabel.setWordWrap(True)

        self.delayGrid.addWidget(self.oldPromiseLabel, 3, 2, 1, 1)

        self.etaErrorLabel = QLabel(self.delayGroup)
        self.etaErrorLabel.setObjectName(u"etaErrorLabel")
        self.etaErrorLabel.setText(u"")
        self.etaErrorLabel.setProperty(u"role", u"error")
        self.etaErrorLabel.setWordWrap(True)

        self.delayGrid.addWidget(self.etaErrorLabel, 4, 1, 1, 2)

        self.compensationLabel = QLabel(self.delayGroup)
        self.compensationLabel.setObjectName(u"compensationLabel")

        self.delayGrid.addWidget(self.compensationLabel, 5, 0, 1, 1)

        self.compensationCombo = QComboBox(self.delayGroup)
        self.compensationCombo.setObjectName(u"compensationCombo")

        self.delayGrid.addWidget(self.compensationCombo, 5, 1, 1, 2)

        self.compensationErrorLabel = QLabel(self.delayGroup)
        self.compensationErrorLabel.setObjectName(u"compensationErrorLabel")
        self.compensationErrorLabel.setText(u"")
        self.compensationErrorLabel.setProperty(u"role", u"error")
        self.compensationErrorLabel.setWordWrap(True)

        self.delayGrid.addWidget(self.compensationErrorLabel, 6, 1, 1, 2)

        self.lateCheck = QCheckBox(self.delayGroup)
        self.lateCheck.setObjectName(u"lateCheck")

        self.delayGrid.addWidget(self.lateCheck, 7, 0, 1, 3)

        self.lateErrorLabel = QLabel(self.delayGroup)
        self.lateErrorLabel.setObjectName(u"lateErrorLabel")
        self.lateErrorLabel.setText(u"")
        self.lateErrorLabel.setProperty(u"role", u"error")
        self.lateErrorLabel.setWordWrap(True)

        self.delayGrid.addWidget(self.lateErrorLabel, 8, 0, 1, 3)

        self.sendDelayButton = QPushButton(self.delayGroup)
        self.sendDelayButton.setObjectName(u"sendDelayButton")
        self.sendDelayButton.setProperty(u"role", u"primary")

        self.delayGrid.addWidget(self.sendDelayButton, 9, 1, 1, 2)


        self.rightColumn.addWidget(self.delayGroup)


        self.bodyLayout.addLayout(self.rightColumn)

        self.answerColumn = QVBoxLayout()
        self.answerColumn.setObjectName(u"answerColumn")
        self.answerGroup = QGroupBox(CaseProgressForm)
        self.answerGroup.setObjectName(u"answerGroup")
        self.answerGrid = QGridLayout(self.answerGroup)
        self.answerGrid.setObjectName(u"answerGrid")
        self.delaysView = QTableView(self.answerGroup)
        self.delaysView.setObjectName(u"delaysView")

        self.answerGrid.addWidget(self.delaysView, 0, 0, 1, 3)

        self.answerCombo = QComboBox(self.answerGroup)
        self.answerCombo.setObjectName(u"answerCombo")

        self.answerGrid.addWidget(self.answerCombo, 1, 0, 1, 2)

        self.answerNoteEdit = QLineEdit(self.answerGroup)
        self.answerNoteEdit.setObjectName(u"answerNoteEdit")

        self.answerGrid.addWidget(self.answerNoteEdit, 2, 0, 1, 3)

        self.answerButton = QPushButton(self.answerGroup)
        self.answerButton.setObjectName(u"answerButton")

        self.answerGrid.addWidget(self.answerButton, 1, 2, 1, 1)


        self.answerColumn.addWidget(self.answerGroup)


        self.bodyLayout.addLayout(self.answerColumn)

        self.bodyLayout.setStretch(0, 7)
        self.bodyLayout.setStretch(1, 6)
        self.bodyLayout.setStretch(2, 8)

        self.rootLayout.addLayout(self.bodyLayout)

        self.actionErrorLabel = QLabel(CaseProgressForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setProperty(u"role", u"error")
        self.actionErrorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.actionErrorLabel)


        self.retranslateUi(CaseProgressForm)

        QMetaObject.connectSlotsByName(CaseProgressForm)
    # setupUi

    def retranslateUi(self, CaseProgressForm):
        CaseProgressForm.setWindowTitle(QCoreApplication.translate("CaseProgressForm", u"Progress and promise", None))
        self.backButton.setText(QCoreApplication.translate("CaseProgressForm", u"Back", None))
        self.titleLabel.setText(QCoreApplication.translate("CaseProgressForm", u"Progress and promise", None))
        self.promiseGroup.setTitle(QCoreApplication.translate("CaseProgressForm", u"Promised completion (W5)", None))
        self.setPromiseButton.setText(QCoreApplication.translate("CaseProgressForm", u"Set promise", None))
        self.promiseHintLabel.setText(QCoreApplication.translate("CaseProgressForm", u"Only the first promise or an earlier one; a later one is a delay notice.", None))
        self.progressGroup.setTitle(QCoreApplication.translate("CaseProgressForm", u"Progress updates (W4)", None))
        self.progressEdit.setPlaceholderText(QCoreApplication.translate("CaseProgressForm", u"What the customer hears, e.g. disassembly done, about 1.5 h more", None))
        self.sendProgressButton.setText(QCoreApplication.translate("CaseProgressForm", u"Send update", None))
        self.delayGroup.setTitle(QCoreApplication.translate("CaseProgressForm", u"Delay notice (W5)", None))
        self.reasonLabel.setText(QCoreApplication.translate("CaseProgressForm", u"Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CaseProgressForm", u"Details the customer reads", None))
        self.etaLabel.setText(QCoreApplication.translate("CaseProgressForm", u"New completion time", None))
        self.compensationLabel.setText(QCoreApplication.translate("CaseProgressForm", u"Compensation", None))
        self.lateCheck.setText(QCoreApplication.translate("CaseProgressForm", u"Late notice: send anyway, as a W5 miss", None))
        self.sendDelayButton.setText(QCoreApplication.translate("CaseProgressForm", u"Send delay notice", None))
        self.answerGroup.setTitle(QCoreApplication.translate("CaseProgressForm", u"Delay notices and the customer's answers", None))
        self.answerNoteEdit.setPlaceholderText(QCoreApplication.translate("CaseProgressForm", u"What the customer said", None))
        self.answerButton.setText(QCoreApplication.translate("CaseProgressForm", u"Record answer", None))
    # retranslateUi

