"""Messages of the domain's errors (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

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
