"""Messages of key steps (W3) and QC (D1) on the floor (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register, register_names

CHECK_NAMES = {
    "fault_resolved": ("故障已排除", "Fault resolved"),
    "parts_secure": ("部件安装牢固", "Parts fitted firmly"),
    "torque_to_spec": ("螺栓扭矩达标", "Bolt torque to spec"),
    "wiring_secure": ("线束无松动", "No loose wiring"),
    "fluids_ok": ("油液液位正常、无渗漏", "Fluids at level, no leaks"),
    "clean": ("作业油污痕迹已清理", "Clean: oil and marks removed"),
    "road_test": ("路试正常", "Road test passed"),
    "function_test": ("通电功能测试正常", "Function test passed"),
}

CONSENT_METHOD_NAMES = {
    "at_signing": ("签署确认单时", "at signing the confirmation"),
    "in_person": ("当面口头同意", "in person"),
    "phone": ("电话", "by phone"),
    "message": ("短信/APP消息", "by text or app message"),
}

register_names("checks", CHECK_NAMES)
register_names("method", CONSENT_METHOD_NAMES)

CATALOGUE = register(
    {
        "qc.own_job": (
            "您参与了这项作业，不能由您质检：请另一位质检员复检（D1）",
            "You worked on this job, so you may not inspect it: another inspector must (D1)",
        ),
        "qc.checks_missing": (
            "以下检查项尚未检查合格，不能判定合格：{checks}",
            "These checks are not marked passed, so the job cannot pass: {checks}",
        ),
        "qc.pass_with_failures": (
            "以下检查项已判为不合格，不能判定合格：{checks}",
            "These checks are marked failed, so the job cannot pass: {checks}",
        ),
        "qc.unknown_check": (
            "该作业类型没有此检查项：{check}",
            "This job kind has no such check: {check}",
        ),
        "qc.check_passed_and_failed": (
            "检查项不能同时判为合格和不合格：{checks}",
            "A check cannot be both passed and failed: {checks}",
        ),
        "qc.fail_reason_missing": (
            "请为每个不合格的检查项写明原因：{checks}",
            "Give the reason for each failed check: {checks}",
        ),
        "qc.reading_missing": (
            "请填写“{fastener}”的扭矩读数",
            "Enter the torque reading of “{fastener}”",
        ),
        "qc.reading_not_number": (
            "“{fastener}”的读数“{value}”不是有效的扭矩值（N·m）",
            "“{value}” is not a torque reading in N·m for “{fastener}”",
        ),
        "qc.reading_out_of_range": (
            "“{fastener}”读数 {value} N·m 超出规范 {low}–{high} N·m",
            "“{fastener}”: {value} N·m is outside the spec {low}–{high} N·m",
        ),
        "qc.evidence_missing": (
            "判定合格前请拍一张故障已排除的证据照片",
            "Take an evidence photo that the fault is resolved before passing",
        ),
        "qc.fail_no_reason": (
            "判定不合格请标出不合格的检查项，并逐项写明原因（未勾选的项目只是未检查）",
            "A fail marks the checks that failed, each with its reason (an unticked check is "
            "only not checked)",
        ),
        "qc.sealed": (
            "质检已合格，作业记录已封存：不能再添加工时、配件或关键工序",
            "QC has passed and the work record is sealed: no more clock rows, parts or key steps",
        ),
        "keystep.consent_method": ("请选择客户同意的方式", "Choose how the customer answered"),
        "keystep.not_your_job": (
            "只有该作业的技师或班组长可以记录关键工序影像",
            "Only the job's technician or the team lead may record key-step media",
        ),
        "keystep.no_consent": (
            "客户尚未同意拍摄关键工序（W3）：请先记录客户同意",
            "The customer has not consented to key-step photos or video (W3): record consent first",
        ),
        "keystep.line": ("该维修项目不属于此工单", "That labor line is not part of this case"),
        "keystep.general_path": (
            "关键工序照片和视频只能在“关键工序”页面附到某个工序上（W3）",
            "Key-step photos and video are attached to a step on the key-steps page only (W3)",
        ),
        "notfound.key_step": ("找不到关键工序：{key}", "No such key step: {key}"),
    }
)
