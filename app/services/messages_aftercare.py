"""Messages of the after-delivery services: feedback, complaints, comebacks, hand-over,
cancel (issue 9 items 5–8; zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "aftercare.declined_with_score": (
            "客户拒绝评价时不能同时记录评分",
            "A refusal to give feedback carries no scores",
        ),
        "aftercare.feedback_category": (
            "未知的评价类别：{value}",
            "Unknown feedback category: {value}",
        ),
        "aftercare.category_score": (
            "每个类别的评分须在 1 到 5 之间",
            "Each category is scored from 1 to 5",
        ),
        "aftercare.feedback_state": (
            "只能在交车时或交车后记录客户反馈（P5）",
            "Feedback is recorded at delivery or after it (P5)",
        ),
        "aftercare.cancel_state": (
            "此状态下不能取消工单：维修中请先暂停作业（零件妥善保管），质检、待交车、已交车或已关闭的工单不能取消",
            "The case cannot be cancelled now: pause work in progress first (parts secured); "
            "a case in QC, ready, delivered or closed cannot be cancelled",
        ),
        "aftercare.hand_over_finished": (
            "已关闭或已取消的工单不能移交",
            "A closed or cancelled case cannot be handed over",
        ),
        "aftercare.owner_not_advisor": (
            "{name} 不是在岗的服务顾问：工单只能移交给服务顾问（首问负责制 P2）",
            "{name} is not an active service advisor: a case is handed over only to an "
            "advisor (P2)",
        ),
        "aftercare.complaint_owner": (
            "{name} 不能负责投诉：请选择在岗的服务顾问或经理",
            "{name} cannot own a complaint: choose an active advisor or manager",
        ),
        "aftercare.complaint_customer": (
            "前台登记的投诉须选择客户",
            "A complaint taken at the front desk needs its customer",
        ),
        "aftercare.customer_unknown": (
            "没有电话为 {phone} 的客户：请核对号码，或先在前台登记客户",
            "No customer with phone {phone}: check the number, or register the customer first",
        ),
        "aftercare.complaint_missing": ("找不到该投诉", "No such complaint"),
        "aftercare.complaint_finished": (
            "该投诉已处理完毕，不能再修改",
            "This complaint is already resolved",
        ),
        "aftercare.complaint_no_action": (
            "请先记录已采取的措施，再填写处理结果",
            "Record the actions taken before the resolution",
        ),
        "aftercare.complaint_unresolved": (
            "投诉须先有处理结果，才能按客户答复关闭",
            "A complaint closes with the customer's answer only after its resolution",
        ),
    }
)
