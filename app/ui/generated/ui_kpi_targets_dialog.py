# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpi_targets_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_KpiTargetsForm(object):
    def setupUi(self, KpiTargetsForm):
        if not KpiTargetsForm.objectName():
            KpiTargetsForm.setObjectName(u"KpiTargetsForm")
        KpiTargetsForm.setMinimumSize(QSize(720, 0))
        self.rootLayout = QVBoxLayout(KpiTargetsForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(KpiTargetsForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.rulesBox = QGroupBox(KpiTargetsForm)
        self.rulesBox.setObjectName(u"rulesBox")
        self.rulesGrid = QGridLayout(self.rulesBox)
        self.rulesGrid.setObjectName(u"rulesGrid")
        self.rule0Label = QLabel(self.rulesBox)
        self.rule0Label.setObjectName(u"rule0Label")
        self.rule0Label.setText(u"")

        self.rulesGrid.addWidget(self.rule0Label, 0, 0, 1, 1)

        self.rule0Spin = QSpinBox(self.rulesBox)
        self.rule0Spin.setObjectName(u"rule0Spin")
        self.rule0Spin.setMinimum(1)
        self.rule0Spin.setMaximum(100)
        self.rule0Spin.setMinimumSize(QSize(110, 0))

        self.rulesGrid.addWidget(self.rule0Spin, 0, 1, 1, 1)

        self.rule1Label = QLabel(self.rulesBox)
        self.rule1Label.setObjectName(u"rule1Label")
        self.rule1Label.setText(u"")

        self.rulesGrid.addWidget(self.rule1Label, 1, 0, 1, 1)

        self.rule1Spin = QSpinBox(self.rulesBox)
        self.rule1Spin.setObjectName(u"rule1Spin")
        self.rule1Spin.setMinimum(1)
        self.rule1Spin.setMaximum(100)
        self.rule1Spin.setMinimumSize(QSize(110, 0))

        self.rulesGrid.addWidget(self.rule1Spin, 1, 1, 1, 1)

        self.rule2Label = QLabel(self.rulesBox)
        self.rule2Label.setObjectName(u"rule2Label")
        self.rule2Label.setText(u"")

        self.rulesGrid.addWidget(self.rule2Label, 2, 0, 1, 1)

        self.rule2Spin = QSpinBox(self.rulesBox)
        self.rule2Spin.setObjectName(u"rule2Spin")
        self.rule2Spin.setMinimum(1)
        self.rule2Spin.setMaximum(100)
        self.rule2Spin.setMinimumSize(QSize(110, 0))

        self.rulesGrid.addWidget(self.rule2Spin, 2, 1, 1, 1)

        self.rule3Label = QLabel(self.rulesBox)
        self.rule3Label.setObjectName(u"rule3Label")
        self.rule3Label.setText(u"")

        self.rulesGrid.addWidget(self.rule3Label, 3, 0, 1, 1)

        self.rule3Spin = QSpinBox(self.rulesBox)
        self.rule3Spin.setObjectName(u"rule3Spin")
        self.rule3Spin.setMinimum(1)
        self.rule3Spin.setMaximum(100)
        self.rule3Spin.setMinimumSize(QSize(110, 0))

        self.rulesGrid.addWidget(self.rule3Spin, 3, 1, 1, 1)

        self.rule4Label = QLabel(self.rulesBox)
        self.rule4Label.setObjectName(u"rule4Label")
        self.rule4Label.setText(u"")

        self.rulesGrid.addWidget(self.rule4Label, 4, 0, 1, 1)

        self.rule4Spin = QSpinBox(self.rulesBox)
        self.rule4Spin.setObjectName(u"rule4Spin")
        self.rule4Spin.setMinimum(1)
        self.rule4Spin.setMaximum(100)
        self.rule4Spin.setMinimumSize(QSize(110, 0))

        self.rulesGrid.addWidget(self.rule4Spin, 4, 1, 1, 1)

        self.rule5Label = QLabel(self.rulesBox)
        self.rule5Label.setObjectName(u"rule5Label")
        self.rule5Label.setText(u"")

        self.rulesGrid.addWidget(self.rule5Label, 5, 0, 1, 1)

        self.rule5Spin = QSpinBox(self.rulesBox)
        self.rule5Spin.setObjectName(u"rule5Spin")
        self.rule5Spin.setMinimum(1)
        self.rule5Spin.setMaximum(100)
        self.rule5Spin.setMinimumSize(QSize(110, 0))

        self.rulesGrid.addWidget(self.rule5Spin, 5, 1, 1, 1)


        self.groupsLayout.addWidget(self.rulesBox)

        self.stagesBox = QGroupBox(KpiTargetsForm)
        self.stagesBox.setObjectName(u"stagesBox")
        self.stagesGrid = QGridLayout(self.stagesBox)
        self.stagesGrid.setObjectName(u"stagesGrid")
        self.stage0Label = QLabel(self.stagesBox)
        self.stage0Label.setObjectName(u"stage0Label")
        self.stage0Label.setText(u"")

        self.stagesGrid.addWidget(self.stage0Label, 0, 0, 1, 1)

        self.stage0Spin = QSpinBox(self.stagesBox)
        self.stage0Spin.setObjectName(u"stage0Spin")
        self.stage0Spin.setMinimum(1)
        self.stage0Spin.setMaximum(10000)
        self.stage0Spin.setMinimumSize(QSize(110, 0))

        self.stagesGrid.addWidget(self.stage0Spin, 0, 1, 1, 1)

        self.stage1Label = QLabel(self.stagesBox)
        self.stage1Label.setObjectName(u"stage1Label")
        self.stage1Label.setText(u"")

        self.stagesGrid.addWidget(self.stage1Label, 1, 0, 1, 1)

        self.stage1Spin = QSpinBox(self.stagesBox)
        self.stage1Spin.setObjectName(u"stage1Spin")
        self.stage1Spin.setMinimum(1)
        self.stage1Spin.setMaximum(10000)
        self.stage1Spin.setMinimumSize(QSize(110, 0))

        self.stagesGrid.addWidget(self.stage1Spin, 1, 1, 1, 1)

        self.stage2Label = QLabel(self.stagesBox)
        self.stage2Label.setObjectName(u"stage2Label")
        self.stage2Label.setText(u"")

        self.stagesGrid.addWidget(self.stage2Label, 2, 0, 1, 1)

        self.stage2Spin = QSpinBox(self.stagesBox)
        self.stage2Spin.setObjectName(u"stage2Spin")
        self.stage2Spin.setMinimum(1)
        self.stage2Spin.setMaximum(10000)
        self.stage2Spin.setMinimumSize(QSize(110, 0))

        self.stagesGrid.addWidget(self.stage2Spin, 2, 1, 1, 1)

        self.stage3Label = QLabel(self.stagesBox)
        self.stage3Label.setObjectName(u"stage3Label")
        self.stage3Label.setText(u"")

        self.stagesGrid.addWidget(self.stage3Label, 3, 0, 1, 1)

        self.stage3Spin = QSpinBox(self.stagesBox)
        self.stage3Spin.setObjectName(u"stage3Spin")
        self.stage3Spin.setMinimum(1)
        self.stage3Spin.setMaximum(10000)
        self.stage3Spin.setMinimumSize(QSize(110, 0))

        self.stagesGrid.addWidget(self.stage3Spin, 3, 1, 1, 1)

        self.stage4Label = QLabel(self.stagesBox)
        self.stage4Label.setObjectName(u"stage4Label")
        self.stage4Label.setText(u"")

        self.stagesGrid.addWidget(self.stage4Label, 4, 0, 1, 1)

        self.stage4Spin = QSpinBox(self.stagesBox)
        self.stage4Spin.setObjectName(u"stage4Spin")
        self.stage4Spin.setMinimum(1)
        self.stage4Spin.setMaximum(10000)
        self.stage4Spin.setMinimumSize(QSize(110, 0))

        self.stagesGrid.addWidget(self.stage4Spin, 4, 1, 1, 1)

        self.stage5Label = QLabel(self.stagesBox)
        self.stage5Label.setObjectName(u"stage5Label")
        self.stage5Label.setText(u"")

        self.stagesGrid.addWidget(self.stage5Label, 5, 0, 1, 1)

        self.stage5Spin = QSpinBox(self.stagesBox)
        self.stage5Spin.setObjectName(u"stage5Spin")
        self.stage5Spin.setMinimum(1)
        self.stage5Spin.setMaximum(10000)
        self.stage5Spin.setMinimumSize(QSize(110, 0))

        self.stagesGrid.addWidget(self.stage5Spin, 5, 1, 1, 1)


        self.groupsLayout.addWidget(self.stagesBox)


        self.rootLayout.addLayout(self.groupsLayout)

        self.errorLabel = QLabel(KpiTargetsForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.defaultsButton = QPushButton(KpiTargetsForm)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttonsLayout.addWidget(self.defaultsButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(KpiTargetsForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(KpiTargetsForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)


        self.rootLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(KpiTargetsForm)

        QMetaObject.connectSlotsByName(KpiTargetsForm)
    # setupUi

    def retranslateUi(self, KpiTargetsForm):
        KpiTargetsForm.setWindowTitle(QCoreApplication.translate("KpiTargetsForm", u"The dealer's KPI targets", None))
        self.introLabel.setText(QCoreApplication.translate("KpiTargetsForm", u"A time rule is a weak spot when its share on time falls below the target; a stage when nine cases in ten wait longer than its target. The defaults come from the service standard.", None))
        self.rulesBox.setTitle(QCoreApplication.translate("KpiTargetsForm", u"Share on time per rule", None))
        self.rule0Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" %", None))
        self.rule1Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" %", None))
        self.rule2Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" %", None))
        self.rule3Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" %", None))
        self.rule4Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" %", None))
        self.rule5Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" %", None))
        self.stagesBox.setTitle(QCoreApplication.translate("KpiTargetsForm", u"Longest wait of nine cases in ten per stage", None))
        self.stage0Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" min", None))
        self.stage1Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" min", None))
        self.stage2Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" min", None))
        self.stage3Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" min", None))
        self.stage4Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" min", None))
        self.stage5Spin.setSuffix(QCoreApplication.translate("KpiTargetsForm", u" min", None))
        self.defaultsButton.setText(QCoreApplication.translate("KpiTargetsForm", u"Standard's defaults", None))
        self.cancelButton.setText(QCoreApplication.translate("KpiTargetsForm", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("KpiTargetsForm", u"Save targets", None))
    # retranslateUi

