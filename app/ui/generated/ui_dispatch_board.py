# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dispatch_board.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from app.ui.dispatch_drag import CaseDragView

class Ui_DispatchBoardForm(object):
    def setupUi(self, DispatchBoardForm):
        if not DispatchBoardForm.objectName():
            DispatchBoardForm.setObjectName(u"DispatchBoardForm")
        self.rootLayout = QVBoxLayout(DispatchBoardForm)
        self.rootLayout.setSpacing(6)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(DispatchBoardForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(DispatchBoardForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(DispatchBoardForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"caption")

        self.headerLayout.addWidget(self.hintLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.updatedLabel = QLabel(DispatchBoardForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.waitingLayout = QVBoxLayout()
        self.waitingLayout.setObjectName(u"waitingLayout")
        self.waitingLabel = QLabel(DispatchBoardForm)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setProperty(u"role", u"section")

        self.waitingLayout.addWidget(self.waitingLabel)

        self.waitingView = CaseDragView(DispatchBoardForm)
        self.waitingView.setObjectName(u"waitingView")
        self.waitingView.setMinimumSize(QSize(545, 0))
        self.waitingView.setMaximumSize(QSize(545, 16777215))
        self.waitingView.setAlternatingRowColors(True)
        self.waitingView.setWordWrap(False)

        self.waitingLayout.addWidget(self.waitingView)

        self.caseControls = QGridLayout()
        self.caseControls.setObjectName(u"caseControls")
        self.difficultyLabel = QLabel(DispatchBoardForm)
        self.difficultyLabel.setObjectName(u"difficultyLabel")

        self.caseControls.addWidget(self.difficultyLabel, 0, 0, 1, 1)

        self.difficultyCombo = QComboBox(DispatchBoardForm)
        self.difficultyCombo.setObjectName(u"difficultyCombo")

        self.caseControls.addWidget(self.difficultyCombo, 0, 1, 1, 1)

        self.promiseLabel = QLabel(DispatchBoardForm)
        self.promiseLabel.setObjectName(u"promiseLabel")

        self.caseControls.addWidget(self.promiseLabel, 0, 2, 1, 1)

        self.promiseEdit = QDateTimeEdit(DispatchBoardForm)
        self.promiseEdit.setObjectName(u"promiseEdit")
        self.promiseEdit.setDisplayFormat(u"MM-dd HH:mm")
        self.promiseEdit.setCalendarPopup(True)

        self.caseControls.addWidget(self.promiseEdit, 0, 3, 1, 1)

        self.openCaseButton = QPushButton(DispatchBoardForm)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.caseControls.addWidget(self.openCaseButton, 1, 0, 1, 2)

        self.dispatchButton = QPushButton(DispatchBoardForm)
        self.dispatchButton.setObjectName(u"dispatchButton")
        self.dispatchButton.setProperty(u"role", u"primary")

        self.caseControls.addWidget(self.dispatchButton, 1, 2, 1, 2)


        self.waitingLayout.addLayout(self.caseControls)


        self.bodyLayout.addLayout(self.waitingLayout)

        self.lanesColumn = QVBoxLayout()
        self.lanesColumn.setObjectName(u"lanesColumn")
        self.lanesLabel = QLabel(DispatchBoardForm)
        self.lanesLabel.setObjectName(u"lanesLabel")
        self.lanesLabel.setProperty(u"role", u"section")

        self.lanesColumn.addWidget(self.lanesLabel)

        self.lanesScroll = QScrollArea(DispatchBoardForm)
        self.lanesScroll.setObjectName(u"lanesScroll")
        self.lanesScroll.setWidgetResizable(True)
        self.lanesContainer = QWidget()
        self.lanesContainer.setObjectName(u"lanesContainer")
        self.lanesLayout = QHBoxLayout(self.lanesContainer)
        self.lanesLayout.setSpacing(6)
        self.lanesLayout.setObjectName(u"lanesLayout")
        self.lanesScroll.setWidget(self.lanesContainer)

        self.lanesColumn.addWidget(self.lanesScroll)

        self.baysLabel = QLabel(DispatchBoardForm)
        self.baysLabel.setObjectName(u"baysLabel")
        self.baysLabel.setProperty(u"role", u"section")

        self.lanesColumn.addWidget(self.baysLabel)

        self.baysView = QTableView(DispatchBoardForm)
        self.baysView.setObjectName(u"baysView")
        self.baysView.setMaximumSize(QSize(16777215, 118))

        self.lanesColumn.addWidget(self.baysView)


        self.bodyLayout.addLayout(self.lanesColumn)


        self.rootLayout.addLayout(self.bodyLayout)

        self.actionErrorLabel = QLabel(DispatchBoardForm)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setText(u"")
        self.actionErrorLabel.setWordWrap(True)
        self.actionErrorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.actionErrorLabel)


        self.retranslateUi(DispatchBoardForm)

        QMetaObject.connectSlotsByName(DispatchBoardForm)
    # setupUi

    def retranslateUi(self, DispatchBoardForm):
        DispatchBoardForm.setWindowTitle(QCoreApplication.translate("DispatchBoardForm", u"Dispatch board", None))
        self.backButton.setText(QCoreApplication.translate("DispatchBoardForm", u"Back", None))
        self.titleLabel.setText(QCoreApplication.translate("DispatchBoardForm", u"Dispatch board", None))
        self.hintLabel.setText(QCoreApplication.translate("DispatchBoardForm", u"Drag a case onto a technician, or select it and tap the technician.", None))
        self.waitingLabel.setText(QCoreApplication.translate("DispatchBoardForm", u"Waiting for a technician (urgent and safety first)", None))
        self.difficultyLabel.setText(QCoreApplication.translate("DispatchBoardForm", u"Difficulty", None))
        self.promiseLabel.setText(QCoreApplication.translate("DispatchBoardForm", u"Promised completion", None))
        self.openCaseButton.setText(QCoreApplication.translate("DispatchBoardForm", u"Open case", None))
        self.dispatchButton.setText(QCoreApplication.translate("DispatchBoardForm", u"Dispatch with this promise", None))
        self.lanesLabel.setText(QCoreApplication.translate("DispatchBoardForm", u"Technicians: today's shift and load", None))
        self.baysLabel.setText(QCoreApplication.translate("DispatchBoardForm", u"Bays", None))
    # retranslateUi

