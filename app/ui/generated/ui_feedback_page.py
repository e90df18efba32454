# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_FeedbackPageForm(object):
    def setupUi(self, FeedbackPageForm):
        if not FeedbackPageForm.objectName():
            FeedbackPageForm.setObjectName(u"FeedbackPageForm")
        self.rootLayout = QVBoxLayout(FeedbackPageForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(FeedbackPageForm)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setProperty(u"role", u"caseAction")
        self.backButton.setMinimumSize(QSize(0, 48))

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(FeedbackPageForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.caseLabel = QLabel(FeedbackPageForm)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setText(u"")
        self.caseLabel.setProperty(u"role", u"owner")

        self.headerLayout.addWidget(self.caseLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.stateLabel = QLabel(FeedbackPageForm)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        self.stateLabel.setProperty(u"role", u"badge")

        self.headerLayout.addWidget(self.stateLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.scoreGroup = QGroupBox(FeedbackPageForm)
        self.scoreGroup.setObjectName(u"scoreGroup")
        self.scoreGrid = QGridLayout(self.scoreGroup)
        self.scoreGrid.setObjectName(u"scoreGrid")
        self.channelCaption = QLabel(self.scoreGroup)
        self.channelCaption.setObjectName(u"channelCaption")

        self.scoreGrid.addWidget(self.channelCaption, 0, 0, 1, 1)

        self.channelCombo = QComboBox(self.scoreGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.scoreGrid.addWidget(self.channelCombo, 0, 1, 1, 1)

        self.scoreCaption = QLabel(self.scoreGroup)
        self.scoreCaption.setObjectName(u"scoreCaption")

        self.scoreGrid.addWidget(self.scoreCaption, 1, 0, 1, 1)

        self.scoreSpin = QSpinBox(self.scoreGroup)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setProperty(u"role", u"score")
        self.scoreSpin.setMinimumSize(QSize(96, 44))
        self.scoreSpin.setMinimum(0)
        self.scoreSpin.setMaximum(5)

        self.scoreGrid.addWidget(self.scoreSpin, 1, 1, 1, 1)

        self.waitCaption = QLabel(self.scoreGroup)
        self.waitCaption.setObjectName(u"waitCaption")

        self.scoreGrid.addWidget(self.waitCaption, 2, 0, 1, 1)

        self.waitSpin = QSpinBox(self.scoreGroup)
        self.waitSpin.setObjectName(u"waitSpin")
        self.waitSpin.setProperty(u"role", u"score")
        self.waitSpin.setMinimumSize(QSize(96, 44))
        self.waitSpin.setMinimum(0)
        self.waitSpin.setMaximum(5)

        self.scoreGrid.addWidget(self.waitSpin, 2, 1, 1, 1)

        self.communicationCaption = QLabel(self.scoreGroup)
        self.communicationCaption.setObjectName(u"communicationCaption")

        self.scoreGrid.addWidget(self.communicationCaption, 3, 0, 1, 1)

        self.communicationSpin = QSpinBox(self.scoreGroup)
        self.communicationSpin.setObjectName(u"communicationSpin")
        self.communicationSpin.setProperty(u"role", u"score")
        self.communicationSpin.setMinimumSize(QSize(96, 44))
        self.communicationSpin.setMinimum(0)
        self.communicationSpin.setMaximum(5)

        self.scoreGrid.addWidget(self.communicationSpin, 3, 1, 1, 1)

        self.priceCaption = QLabel(self.scoreGroup)
        self.priceCaption.setObjectName(u"priceCaption")

        self.scoreGrid.addWidget(self.priceCaption, 4, 0, 1, 1)

        self.priceSpin = QSpinBox(self.scoreGroup)
        self.priceSpin.setObjectName(u"priceSpin")
        self.priceSpin.setProperty(u"role", u"score")
        self.priceSpin.setMinimumSize(QSize(96, 44))
        self.priceSpin.setMinimum(0)
        self.priceSpin.setMaximum(5)

        self.scoreGrid.addWidget(self.priceSpin, 4, 1, 1, 1)

        self.qualityCaption = QLabel(self.scoreGroup)
        self.qualityCaption.setObjectName(u"qualityCaption")

        self.scoreGrid.addWidget(self.qualityCaption, 5, 0, 1, 1)

        self.qualitySpin = QSpinBox(self.scoreGroup)
        self.qualitySpin.setObjectName(u"qualitySpin")
        self.qualitySpin.setProperty(u"role", u"score")
        self.qualitySpin.setMinimumSize(QSize(96, 44))
        self.qualitySpin.setMinimum(0)
        self.qualitySpin.setMaximum(5)

        self.scoreGrid.addWidget(self.qualitySpin, 5, 1, 1, 1)

        self.cleanlinessCaption = QLabel(self.scoreGroup)
        self.cleanlinessCaption.setObjectName(u"cleanlinessCaption")

        self.scoreGrid.addWidget(self.cleanlinessCaption, 6, 0, 1, 1)

        self.cleanlinessSpin = QSpinBox(self.scoreGroup)
        self.cleanlinessSpin.setObjectName(u"cleanlinessSpin")
        self.cleanlinessSpin.setProperty(u"role", u"score")
        self.cleanlinessSpin.setMinimumSize(QSize(96, 44))
        self.cleanlinessSpin.setMinimum(0)
        self.cleanlinessSpin.setMaximum(5)

        self.scoreGrid.addWidget(self.cleanlinessSpin, 6, 1, 1, 1)


        self.bodyLayout.addWidget(self.scoreGroup)

        self.commentLayout = QVBoxLayout()
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentCaption = QLabel(FeedbackPageForm)
        self.commentCaption.setObjectName(u"commentCaption")

        self.commentLayout.addWidget(self.commentCaption)

        self.commentEdit = QPlainTextEdit(FeedbackPageForm)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.commentLayout.addWidget(self.commentEdit)

        self.declinedCheck = QCheckBox(FeedbackPageForm)
        self.declinedCheck.setObjectName(u"declinedCheck")

        self.commentLayout.addWidget(self.declinedCheck)

        self.errorLabel = QLabel(FeedbackPageForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.commentLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.recordButton = QPushButton(FeedbackPageForm)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setProperty(u"role", u"primary")
        self.recordButton.setMinimumSize(QSize(0, 48))

        self.buttonsLayout.addWidget(self.recordButton)

        self.closeCaseButton = QPushButton(FeedbackPageForm)
        self.closeCaseButton.setObjectName(u"closeCaseButton")
        self.closeCaseButton.setProperty(u"role", u"primary")
        self.closeCaseButton.setMinimumSize(QSize(0, 48))

        self.buttonsLayout.addWidget(self.closeCaseButton)


        self.commentLayout.addLayout(self.buttonsLayout)

        self.closeHintLabel = QLabel(FeedbackPageForm)
        self.closeHintLabel.setObjectName(u"closeHintLabel")
        self.closeHintLabel.setWordWrap(True)
        self.closeHintLabel.setProperty(u"role", u"caption")

        self.commentLayout.addWidget(self.closeHintLabel)


        self.bodyLayout.addLayout(self.commentLayout)


        self.rootLayout.addLayout(self.bodyLayout)

        self.historyCaption = QLabel(FeedbackPageForm)
        self.historyCaption.setObjectName(u"historyCaption")
        self.historyCaption.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.historyCaption)

        self.historyView = QTableView(FeedbackPageForm)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setMinimumSize(QSize(0, 80))

        self.rootLayout.addWidget(self.historyView)


        self.retranslateUi(FeedbackPageForm)

        QMetaObject.connectSlotsByName(FeedbackPageForm)
    # setupUi

    def retranslateUi(self, FeedbackPageForm):
        FeedbackPageForm.setWindowTitle(QCoreApplication.translate("FeedbackPageForm", u"Feedback", None))
        self.backButton.setText(QCoreApplication.translate("FeedbackPageForm", u"Back", None))
        self.titleLabel.setText(QCoreApplication.translate("FeedbackPageForm", u"Customer feedback (P5)", None))
        self.scoreGroup.setTitle(QCoreApplication.translate("FeedbackPageForm", u"Scores (1 = poor, 5 = excellent)", None))
        self.channelCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Taken", None))
        self.scoreCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Overall", None))
        self.scoreSpin.setSpecialValueText(QCoreApplication.translate("FeedbackPageForm", u"\u2014", None))
        self.waitCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Waiting time", None))
        self.waitSpin.setSpecialValueText(QCoreApplication.translate("FeedbackPageForm", u"\u2014", None))
        self.communicationCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Communication", None))
        self.communicationSpin.setSpecialValueText(QCoreApplication.translate("FeedbackPageForm", u"\u2014", None))
        self.priceCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Price", None))
        self.priceSpin.setSpecialValueText(QCoreApplication.translate("FeedbackPageForm", u"\u2014", None))
        self.qualityCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Quality", None))
        self.qualitySpin.setSpecialValueText(QCoreApplication.translate("FeedbackPageForm", u"\u2014", None))
        self.cleanlinessCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Cleanliness", None))
        self.cleanlinessSpin.setSpecialValueText(QCoreApplication.translate("FeedbackPageForm", u"\u2014", None))
        self.commentCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Comment", None))
        self.declinedCheck.setText(QCoreApplication.translate("FeedbackPageForm", u"The customer declines to give feedback", None))
        self.recordButton.setText(QCoreApplication.translate("FeedbackPageForm", u"Record feedback", None))
        self.closeCaseButton.setText(QCoreApplication.translate("FeedbackPageForm", u"Close the case", None))
        self.closeHintLabel.setText(QCoreApplication.translate("FeedbackPageForm", u"A case closes only with the customer's feedback or their recorded refusal (P5).", None))
        self.historyCaption.setText(QCoreApplication.translate("FeedbackPageForm", u"Feedback recorded", None))
    # retranslateUi

