"""Messages of the domain's errors (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register, register_names

CATALOGUE = register(
    {
        "perm.denied": (
            "您的角色（{roles}）无权执行此操作：{action}",
            "Your role ({roles}) may not do this: {action}",
        ),
        "lifecycle.not_allowed": (
            "当前状态“{state}”下不能执行“{action}”",
            "“{action}” is not possible while the case is “{state}”",
        ),
        "lifecycle.i4_no_lines": (
            "工单还没有任何维修项目（I4）：请先添加项目",
            "The work order has no items yet (I4): add at least one line first",
        ),
        "lifecycle.i3_no_note": (
            "待观察必须写明可能原因和排查方向（I3）",
            "A pending observation needs the possible causes and what to check (I3)",
        ),
        "lifecycle.i5_undecided": (
            "还有项目未记录客户的选择（I5）",
            "Some lines still have no customer decision (I5)",
        ),
        "lifecycle.i5_safety_unacknowledged": (
            "客户拒绝了涉及安全的必换项目，需客户明确确认已知风险（I5）",
            "The customer declined a safety-relevant mandatory item: their explicit acknowledgement is required (I5)",
        ),
        "lifecycle.p4_nothing_approved": (
            "客户未同意任何项目，不能签字确认；可取消工单（P4）",
            "The customer approved no item, so there is nothing to sign; cancel the case instead (P4)",
        ),
        "lifecycle.p4_unsigned": (
            "服务项目确认单的当前版本尚未经客户签字，不能派工或开工（P4）",
            "The current Service Item Confirmation Sheet is not signed: no dispatch, no work (P4)",
        ),
        "lifecycle.w1_unassigned": (
            "尚未分配技师（W1）",
            "No technician is assigned yet (W1)",
        ),
        "lifecycle.d1_qc_not_passed": (
            "质检未通过，不能交车（D1）",
            "QC has not passed: the vehicle or product cannot be delivered (D1)",
        ),
        "lifecycle.d4_unsigned_settlement": (
            "结算单尚未经客户签字（D4）",
            "The settlement sheet is not signed by the customer (D4)",
        ),
        "lifecycle.p5_no_feedback": (
            "请先记录客户反馈（或客户拒绝反馈）再关闭工单（P5）",
            "Record the customer's feedback (or their refusal) before closing (P5)",
        ),
        "lifecycle.w2_not_confirmed": (
            "此配件未经客户确认（{decision}），不能安装（W2）",
            "The customer has not approved this part ({decision}): it may not be fitted (W2)",
        ),
        "lifecycle.w2_not_oem": (
            "只允许使用原厂或认证配件（W2）",
            "Only OEM or certified parts may be fitted (W2)",
        ),
        "lifecycle.w2_not_a_part_line": (
            "该项目不是配件项目（W2）",
            "That line is not a part line (W2)",
        ),
        "lifecycle.w3_no_consent": (
            "拍摄关键工序照片或视频前需取得客户同意（W3）",
            "Key-step photos or video need the customer's consent first (W3)",
        ),
        "money.not_a_number": ("金额“{value}”不是有效数字", "“{value}” is not a valid amount"),
        "money.negative": ("{field}不能为负数：{value}", "{field} cannot be negative: {value}"),
        "money.discount_too_large": (
            "优惠金额 {discount} 超过了小计",
            "The discount {discount} is larger than the subtotal",
        ),
        "validate.phone": (
            "电话号码“{value}”无效：请输入11位手机号或带区号的固话",
            "“{value}” is not a valid phone number: enter an 11-digit mobile or a landline with area code",
        ),
        "validate.vin_format": (
            "车架号“{value}”格式错误：应为17位，不含I、O、Q",
            "VIN “{value}” is malformed: 17 characters, no I, O or Q",
        ),
        "validate.vin_check": (
            "车架号“{value}”校验位不符，请核对是否输错",
            "VIN “{value}” fails its check digit: please check for a typing error",
        ),
        "validate.plate": (
            "车牌号“{value}”无效，例如：粤B·D12345",
            "“{value}” is not a valid plate, e.g. 粤B·D12345",
        ),
        "validate.required": ("请填写：{field}", "Please fill in: {field}"),
        "validate.too_long": ("{field}过长（最多{max}字）", "{field} is too long (at most {max})"),
    }
)


# Names of the codes that messages carry as placeholders (issue 7 item 8): a person reads
# "待确认" / "Requested", never "requested".
register_names(
    "state",
    {
        # Case states
        "reception": ("接车", "Reception"),
        "inspecting": ("检查中", "Inspecting"),
        "pending_observation": ("待观察", "Pending observation"),
        "estimated": ("已报价", "Estimated"),
        "awaiting_signature": ("待签字", "Awaiting signature"),
        "confirmed": ("已确认", "Confirmed"),
        "dispatched": ("已派工", "Dispatched"),
        "in_work": ("维修中", "In work"),
        "paused": ("已暂停", "Paused"),
        "qc": ("质检", "QC"),
        "ready": ("待交车", "Ready for delivery"),
        "delivered": ("已交车", "Delivered"),
        "closed": ("已关闭", "Closed"),
        "cancelled": ("已取消", "Cancelled"),
        # Appointment states
        "requested": ("待确认", "Requested"),
        "arrived": ("已到店", "Arrived"),
        "no_show": ("未到店", "No-show"),
    },
)
register_names(
    "action",
    {
        # Case actions (lifecycle.CaseAction)
        "start_inspection": ("开始检查", "start the inspection"),
        "pend_observation": ("转为待观察", "mark as pending observation"),
        "resume_inspection": ("继续检查", "resume the inspection"),
        "estimate": ("报价", "make the estimate"),
        "request_signature": ("请客户签字", "ask for the signature"),
        "revise_estimate": ("修改报价", "revise the estimate"),
        "sign_confirmation": ("签字确认", "sign the confirmation sheet"),
        "dispatch": ("派工", "dispatch"),
        "assign": ("分配技师", "assign a technician"),
        "start_work": ("开工", "start work"),
        "pause": ("暂停", "pause"),
        "resume": ("继续施工", "resume work"),
        "finish_work": ("完工", "finish work"),
        "qc_pass": ("质检通过", "pass QC"),
        "qc_fail": ("质检不合格", "fail QC"),
        "deliver": ("交车", "deliver"),
        "close": ("关闭工单", "close the case"),
        "cancel": ("取消", "cancel"),
        # Appointment actions
        "confirm": ("确认预约", "confirm the appointment"),
        "arrive": ("登记到店", "register the arrival"),
        "no_show": ("登记未到店", "mark as no-show"),
        "record_key_step": ("记录关键工序", "record a key step"),
        # Service steps outside the lifecycle table
        "inspect": ("接车检查", "record the intake inspection"),
        "key_step": ("记录关键工序", "record a key step"),
        "fit_part": ("安装配件", "fit a part"),
        "settle": ("结算", "settle"),
        "qc": ("质检", "QC inspection"),
        # Role permissions (roles.Action)
        "book": ("预约登记", "book an appointment"),
        "confirm_appointment": ("确认预约", "confirm an appointment"),
        "remind": ("发送提醒", "send a reminder"),
        "cancel_appointment": ("取消预约", "cancel an appointment"),
        "answer_inquiry": ("回复咨询", "answer an inquiry"),
        "mark_damage": ("标记损伤", "mark damage"),
        "record_diagnosis": ("记录诊断", "record a diagnosis"),
        "record_decision": ("记录客户决定", "record the customer's decision"),
        "work": ("维修作业", "work on the job"),
        "progress_update": ("进度通知", "send a progress update"),
        "announce_delay": ("延迟告知", "announce a delay"),
        "record_feedback": ("记录反馈", "record feedback"),
        "open_complaint": ("登记投诉", "open a complaint"),
        "open_rework": ("开返工单", "open rework"),
        "cancel_case": ("取消工单", "cancel the case"),
        "hand_over": ("移交负责人", "hand the case over"),
        "print": ("打印单据", "print documents"),
        "view": ("查看", "view"),
        "manage_staff": ("管理员工", "manage staff"),
        "manage_settings": ("管理设置", "manage settings"),
        "improvement": ("改进措施", "record an improvement"),
    },
)
register_names(
    "roles",
    {
        "advisor": ("服务顾问", "service advisor"),
        "team_lead": ("班组长", "team lead"),
        "technician": ("技师", "technician"),
        "qc_inspector": ("质检员", "QC inspector"),
        "manager": ("服务经理", "service manager"),
        "admin": ("管理员", "administrator"),
    },
)
register_names(
    "decision",
    {
        "pending": ("待定", "pending"),
        "approved": ("同意", "approved"),
        "declined": ("暂不处理", "declined"),
    },
)
