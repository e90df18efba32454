# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_home.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_AdminHomeForm(object):
    def setupUi(self, AdminHomeForm):
        if not AdminHomeForm.objectName():
            AdminHomeForm.setObjectName(u"AdminHomeForm")
        self.rootLayout = QVBoxLayout(AdminHomeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(AdminHomeForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.spacer1)

        self.updatedLabel = QLabel(AdminHomeForm)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)


        self.rootLayout.addLayout(self.headerLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.staffLayout = QVBoxLayout()
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffLabel = QLabel(AdminHomeForm)
        self.staffLabel.setObjectName(u"staffLabel")
        self.staffLabel.setProperty(u"role", u"section")

        self.staffLayout.addWidget(self.staffLabel)

        self.staffView = QTableView(AdminHomeForm)
        self.staffView.setObjectName(u"staffView")
        self.staffView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffView.setAlternatingRowColors(True)
        self.staffView.setWordWrap(False)

        self.staffLayout.addWidget(self.staffView)


        self.columnsLayout.addLayout(self.staffLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.addStaffGroup = QGroupBox(AdminHomeForm)
        self.addStaffGroup.setObjectName(u"addStaffGroup")
        self.addStaffLayout = QVBoxLayout(self.addStaffGroup)
        self.addStaffLayout.setObjectName(u"addStaffLayout")
        self.addStaffForm = QFormLayout()
        self.addStaffForm.setObjectName(u"addStaffForm")
        self.nameLabel = QLabel(self.addStaffGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addStaffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.addStaffGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addStaffForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(self.addStaffGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.addStaffForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.addStaffGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.addStaffForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.pinLabel = QLabel(self.addStaffGroup)
        self.pinLabel.setObjectName(u"pinLabel")

        self.addStaffForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.addStaffGroup)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(8)

        self.addStaffForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pinConfirmLabel = QLabel(self.addStaffGroup)
        self.pinConfirmLabel.setObjectName(u"pinConfirmLabel")

        self.addStaffForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinConfirmLabel)

        self.pinConfirmEdit = QLineEdit(self.addStaffGroup)
        self.pinConfirmEdit.setObjectName(u"pinConfirmEdit")
        self.pinConfirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinConfirmEdit.setMaxLength(8)

        self.addStaffForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinConfirmEdit)


        self.addStaffLayout.addLayout(self.addStaffForm)

        self.rolesGrid = QGridLayout()
        self.rolesGrid.setObjectName(u"rolesGrid")
        self.roleAdvisorCheck = QCheckBox(self.addStaffGroup)
        self.roleAdvisorCheck.setObjectName(u"roleAdvisorCheck")

        self.rolesGrid.addWidget(self.roleAdvisorCheck, 0, 0, 1, 1)

        self.roleTeamLeadCheck = QCheckBox(self.addStaffGroup)
        self.roleTeamLeadCheck.setObjectName(u"roleTeamLeadCheck")

        self.rolesGrid.addWidget(self.roleTeamLeadCheck, 0, 1, 1, 1)

        self.roleTechnicianCheck = QCheckBox(self.addStaffGroup)
        self.roleTechnicianCheck.setObjectName(u"roleTechnicianCheck")

        self.rolesGrid.addWidget(self.roleTechnicianCheck, 0, 2, 1, 1)

        self.roleQcCheck = QCheckBox(self.addStaffGroup)
        self.roleQcCheck.setObjectName(u"roleQcCheck")

        self.rolesGrid.addWidget(self.roleQcCheck, 1, 0, 1, 1)

        self.roleManagerCheck = QCheckBox(self.addStaffGroup)
        self.roleManagerCheck.setObjectName(u"roleManagerCheck")

        self.rolesGrid.addWidget(self.roleManagerCheck, 1, 1, 1, 1)

        self.roleAdminCheck = QCheckBox(self.addStaffGroup)
        self.roleAdminCheck.setObjectName(u"roleAdminCheck")

        self.rolesGrid.addWidget(self.roleAdminCheck, 1, 2, 1, 1)


        self.addStaffLayout.addLayout(self.rolesGrid)

        self.addErrorLabel = QLabel(self.addStaffGroup)
        self.addErrorLabel.setObjectName(u"addErrorLabel")
        self.addErrorLabel.setText(u"")
        self.addErrorLabel.setWordWrap(True)
        self.addErrorLabel.setProperty(u"role", u"error")

        self.addStaffLayout.addWidget(self.addErrorLabel)

        self.addStaffButton = QPushButton(self.addStaffGroup)
        self.addStaffButton.setObjectName(u"addStaffButton")
        self.addStaffButton.setProperty(u"role", u"primary")

        self.addStaffLayout.addWidget(self.addStaffButton)


        self.sideLayout.addWidget(self.addStaffGroup)

        self.workstationGroup = QGroupBox(AdminHomeForm)
        self.workstationGroup.setObjectName(u"workstationGroup")
        self.workstationForm = QFormLayout(self.workstationGroup)
        self.workstationForm.setObjectName(u"workstationForm")
        self.lockLabel = QLabel(self.workstationGroup)
        self.lockLabel.setObjectName(u"lockLabel")

        self.workstationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lockLabel)

        self.lockMinutesSpin = QSpinBox(self.workstationGroup)
        self.lockMinutesSpin.setObjectName(u"lockMinutesSpin")
        self.lockMinutesSpin.setMinimum(1)
        self.lockMinutesSpin.setMaximum(120)
        self.lockMinutesSpin.setValue(5)

        self.workstationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lockMinutesSpin)


        self.sideLayout.addWidget(self.workstationGroup)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.spacer2)


        self.columnsLayout.addLayout(self.sideLayout)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.rootLayout.addLayout(self.columnsLayout)


        self.retranslateUi(AdminHomeForm)

        QMetaObject.connectSlotsByName(AdminHomeForm)
    # setupUi

    def retranslateUi(self, AdminHomeForm):
        AdminHomeForm.setWindowTitle(QCoreApplication.translate("AdminHomeForm", u"Administration", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminHomeForm", u"Staff and workstation", None))
        self.staffLabel.setText(QCoreApplication.translate("AdminHomeForm", u"Staff", None))
        self.addStaffGroup.setTitle(QCoreApplication.translate("AdminHomeForm", u"Add a staff member", None))
        self.nameLabel.setText(QCoreApplication.translate("AdminHomeForm", u"Name", None))
        self.phoneLabel.setText(QCoreApplication.translate("AdminHomeForm", u"Phone", None))
        self.pinLabel.setText(QCoreApplication.translate("AdminHomeForm", u"PIN", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("AdminHomeForm", u"4 to 8 digits", None))
        self.pinConfirmLabel.setText(QCoreApplication.translate("AdminHomeForm", u"Repeat the PIN", None))
        self.roleAdvisorCheck.setText(QCoreApplication.translate("AdminHomeForm", u"Service advisor", None))
        self.roleTeamLeadCheck.setText(QCoreApplication.translate("AdminHomeForm", u"Team lead", None))
        self.roleTechnicianCheck.setText(QCoreApplication.translate("AdminHomeForm", u"Technician", None))
        self.roleQcCheck.setText(QCoreApplication.translate("AdminHomeForm", u"QC inspector", None))
        self.roleManagerCheck.setText(QCoreApplication.translate("AdminHomeForm", u"Service manager", None))
        self.roleAdminCheck.setText(QCoreApplication.translate("AdminHomeForm", u"Administrator", None))
        self.addStaffButton.setText(QCoreApplication.translate("AdminHomeForm", u"Add staff member", None))
        self.workstationGroup.setTitle(QCoreApplication.translate("AdminHomeForm", u"This workstation", None))
        self.lockLabel.setText(QCoreApplication.translate("AdminHomeForm", u"Lock after idle (minutes)", None))
    # retranslateUi

