<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminHomeForm</name>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Staff and workstation</source>
        <translation>员工与工作站</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4到8位数字</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>QC inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>空闲自动锁定（分钟）</translation>
    </message>
</context>
<context>
    <name>AdminHomePage</name>
    <message>
        <source>Head-office sync…</source>
        <translation>总部同步…</translation>
    </message>
    <message>
        <source>Dealer settings…</source>
        <translation>经销商设置…</translation>
    </message>
    <message>
        <source>Give a name and at least one role.</source>
        <translation>请填写姓名并至少选择一个岗位。</translation>
    </message>
    <message>
        <source>The two PINs differ. Please enter them again.</source>
        <translation>两次输入的 PIN 码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>AdvisorHomeForm</name>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>我的在办工单</translation>
    </message>
    <message>
        <source>Customer inquiries waiting for a reply</source>
        <translation>待回复的客户咨询</translation>
    </message>
</context>
<context>
    <name>AdvisorHomePage</name>
    <message>
        <source>Reception desk</source>
        <translation>接车工作台</translation>
    </message>
    <message>
        <source>Continue reception</source>
        <translation>继续接车（所选工单）</translation>
    </message>
    <message>
        <source>Settle / deliver</source>
        <translation>结算/交车（所选工单）</translation>
    </message>
    <message>
        <source>Settle / deliver selected case</source>
        <translation>结算/交车（所选工单）</translation>
    </message>
    <message>
        <source>Select a finished case (QC or ready for delivery) in “My open cases”.</source>
        <translation>请先在“我的在办工单”中选择一个已完工（质检中或待交车）的工单。</translation>
    </message>
    <message>
        <source>Select a case in “My open cases” first.</source>
        <translation>请先在“我的在办工单”中选择一个工单。</translation>
    </message>
</context>
<context>
    <name>AppointmentState</name>
    <message>
        <source>Requested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Remote approval</source>
        <translation>远程确认</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签字板</translation>
    </message>
    <message>
        <source>Signed paper sheet</source>
        <translation>纸质签字单</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>Hand %1 over to another service advisor. The customer is told who looks after them now (P2).</source>
        <translation>将 %1 移交给另一位服务顾问。系统会通知客户新的负责人（首问负责制 P2）。</translation>
    </message>
    <message>
        <source>Cancel %1. Say why: the reason is kept on the case.</source>
        <translation>取消 %1。请填写原因：原因会记录在工单上。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s complaint about %1.</source>
        <translation>登记客户对 %1 的投诉。</translation>
    </message>
    <message>
        <source>Record a complaint taken at the front desk (no case): find the customer by phone.</source>
        <translation>登记前台受理的投诉（无工单）：按电话查找客户。</translation>
    </message>
    <message>
        <source>Open a rework case for %1: urgent, owned by the same advisor, linked to it.</source>
        <translation>为 %1 开返工单：加急，由同一服务顾问负责，并与原工单关联。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>What came back</source>
        <translation>返修问题</translation>
    </message>
    <message>
        <source>Hand over the case</source>
        <translation>移交工单</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Comeback</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>Choose the advisor who takes the case over.</source>
        <translation>请选择接手的服务顾问。</translation>
    </message>
</context>
<context>
    <name>CaseActionDialogForm</name>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgent: reply within 30 minutes (P3)</source>
        <translation>紧急：30 分钟内答复（P3）</translation>
    </message>
    <message>
        <source>Under warranty: not billed to the customer</source>
        <translation>质保返修：不向客户收费</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>%1 handed over.</source>
        <translation>%1 已移交。</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>Complaint recorded on %1.</source>
        <translation>已为 %1 登记投诉。</translation>
    </message>
    <message>
        <source>Rework case opened for %1.</source>
        <translation>已为 %1 开返工单。</translation>
    </message>
    <message>
        <source>Complaint recorded.</source>
        <translation>投诉已登记。</translation>
    </message>
</context>
<context>
    <name>CaseDetailForm</name>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Continue reception</source>
        <translation>继续接车</translation>
    </message>
    <message>
        <source>Feedback and close</source>
        <translation>反馈与结案</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>QC inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Revise estimate</source>
        <translation>修改报价</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Comeback</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Preferences (P1)</source>
        <translation>服务偏好（P1）</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Vehicle / product</source>
        <translation>车辆/产品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>VIN / serial</source>
        <translation>车架号/序列号</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺完工</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>Comeback of %1</source>
        <translation>%1 的返修单</translation>
    </message>
    <message>
        <source>under warranty: not billed</source>
        <translation>质保返修，不收费</translation>
    </message>
    <message>
        <source> (warranty)</source>
        <translation>（质保）</translation>
    </message>
    <message>
        <source>Comebacks: %1</source>
        <translation>返修单：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>投诉（%1）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必换</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Owner: %1 (%2)</source>
        <translation>首问负责人：%1（%2）</translation>
    </message>
    <message>
        <source>Needs operating guidance</source>
        <translation>需要操作指导</translation>
    </message>
    <message>
        <source>Prefers speed</source>
        <translation>注重效率</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>fuel %1</source>
        <translation>油量 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>钥匙 %n 把</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending observation: %1</source>
        <translation>待观察：%1</translation>
    </message>
    <message>
        <source>QC failed: %1</source>
        <translation>质检未通过：%1</translation>
    </message>
    <message>
        <source>signed version %1</source>
        <translation>已签字版本 %1</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>尚未签字</translation>
    </message>
    <message>
        <source>Labor %1 · Parts %2 · Discount %3 · Tax %4 · Total %5 · Declined %6 · Estimate v%7, %8</source>
        <translation>工时费 %1 · 配件 %2 · 优惠 %3 · 税 %4 · 合计 %5 · 客户暂不处理 %6 · 报价第 %7 版，%8</translation>
    </message>
</context>
<context>
    <name>CaseProgress</name>
    <message>
        <source>Not due (job not over 2 h)</source>
        <translation>暂不需要（工时未超过 2 小时）</translation>
    </message>
    <message>
        <source>Late: less than 30 minutes ahead (W5 missed)</source>
        <translation>逾期：不足 30 分钟前通知（W5 未达标）</translation>
    </message>
</context>
<context>
    <name>CaseProgressForm</name>
    <message>
        <source>Progress and promise</source>
        <translation>进展与承诺完工</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Promised completion (W5)</source>
        <translation>承诺完工（W5）</translation>
    </message>
    <message>
        <source>Set promise</source>
        <translation>设定承诺时间</translation>
    </message>
    <message>
        <source>Only the first promise or an earlier one; a later one is a delay notice.</source>
        <translation>只能首次设定或提前；推迟须发送延误通知。</translation>
    </message>
    <message>
        <source>Progress updates (W4)</source>
        <translation>进展通知（W4）</translation>
    </message>
    <message>
        <source>What the customer hears, e.g. disassembly done, about 1.5 h more</source>
        <translation>客户收到的内容，如：拆检完成，约还需 1.5 小时</translation>
    </message>
    <message>
        <source>Send update</source>
        <translation>发送进展</translation>
    </message>
    <message>
        <source>Delay notice (W5)</source>
        <translation>延误通知（W5）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details the customer reads</source>
        <translation>客户看到的详细说明</translation>
    </message>
    <message>
        <source>New completion time</source>
        <translation>新完工时间</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Late notice: send anyway, as a W5 miss</source>
        <translation>逾期通知：仍然发送，记为 W5 未达标</translation>
    </message>
    <message>
        <source>Send delay notice</source>
        <translation>发送延误通知</translation>
    </message>
    <message>
        <source>Delay notices and the customer&apos;s answers</source>
        <translation>延误通知与客户答复</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>记录答复</translation>
    </message>
</context>
<context>
    <name>CaseProgressPage</name>
    <message>
        <source>Less than 30 minutes before the promised time the notice is late (W5).</source>
        <translation>距承诺完工不足 30 分钟的通知为逾期（W5）。</translation>
    </message>
    <message>
        <source>No promise yet</source>
        <translation>尚未设定承诺时间</translation>
    </message>
    <message>
        <source>Work not started yet.</source>
        <translation>尚未开工。</translation>
    </message>
    <message>
        <source>Work started %1 · %2 h worked of %3 h estimated</source>
        <translation>开工于 %1 · 已做 %2 小时 / 预估 %3 小时</translation>
    </message>
    <message>
        <source>Now promised: %1</source>
        <translation>当前承诺：%1</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>Customer&apos;s answer…</source>
        <translation>客户答复…</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>从模板开始…</translation>
    </message>
    <message>
        <source>Choose a compensation…</source>
        <translation>选择补偿…</translation>
    </message>
    <message>
        <source>%1: promised completion time set.</source>
        <translation>%1：已设定承诺完工时间。</translation>
    </message>
    <message>
        <source>%1: progress update queued for the customer.</source>
        <translation>%1：进展通知已排队发送给客户。</translation>
    </message>
    <message>
        <source>%1: delay notice queued for the customer; new promise set.</source>
        <translation>%1：延误通知已排队发送给客户，新的承诺时间已生效。</translation>
    </message>
    <message>
        <source>Select a delay notice first.</source>
        <translation>请先选择一条延误通知。</translation>
    </message>
    <message>
        <source>%1: the customer&apos;s answer is recorded.</source>
        <translation>%1：已记录客户答复。</translation>
    </message>
</context>
<context>
    <name>CaseSearchModel</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Reception</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Pending observation</source>
        <translation>待观察</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Ready for delivery</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In store</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>App</source>
        <translation>官方APP</translation>
    </message>
    <message>
        <source>400 hotline</source>
        <translation>400客服</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Qty / hours</source>
        <translation>数量/工时</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必换</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>客户决定</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车时间</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Vehicle / product</source>
        <translation>车辆/产品</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺完工</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Rework: %1</source>
        <translation>返工：%1</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Active jobs</source>
        <translation>在修工单</translation>
    </message>
    <message>
        <source>Est. hours</source>
        <translation>预估工时</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>已排工时</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>On shift</source>
        <translation>当班</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>QC note</source>
        <translation>质检意见</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>服务偏好</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>中位数（分钟）</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90分位（分钟）</translation>
    </message>
    <message>
        <source>Vehicle / appliance</source>
        <translation>车辆 / 设备</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Median to resolve (h)</source>
        <translation>解决用时中位数（小时）</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>平均分（1–5）</translation>
    </message>
    <message>
        <source>Scored 3 or less</source>
        <translation>3分及以下</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Weak spot</source>
        <translation>薄弱环节</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>较上期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>For</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>作业项目</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>已装/确认</translation>
    </message>
    <message>
        <source>Fitted part</source>
        <translation>已装配件</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Extra line</source>
        <translation>追加项目</translation>
    </message>
    <message>
        <source>Part no. / labor code</source>
        <translation>配件编号/工时代码</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异项目</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>预估</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reply (P3)</source>
        <translation>答复时限（P3）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分项评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <source>Free car wash</source>
        <translation>免费洗车一次</translation>
    </message>
    <message>
        <source>1-month extended warranty</source>
        <translation>延保1个月</translation>
    </message>
    <message>
        <source>10% off labor</source>
        <translation>工时费九折</translation>
    </message>
    <message>
        <source>Courtesy car</source>
        <translation>代步车</translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Work quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ComplaintState</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved, awaiting the customer</source>
        <translation>已处理，待客户答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ComplaintsButton</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints: %1 open · %2 late · %3 awaiting</source>
        <translation>投诉：%1 件待处理，%2 件答复超时，%3 件待客户答复</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Choose a complaint in the list.</source>
        <translation>请在列表中选择一条投诉。</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Reply due (P3): %1</source>
        <translation>答复期限（P3）：%1</translation>
    </message>
    <message>
        <source> (urgent)</source>
        <translation>（紧急）</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Customer&apos;s answer: %1 (%2)</source>
        <translation>客户答复：%1（%2）</translation>
    </message>
    <message>
        <source>No action recorded yet.</source>
        <translation>尚未记录处理措施。</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>the action taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Action recorded.</source>
        <translation>措施已记录。</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation>投诉已处理。</translation>
    </message>
    <message>
        <source>the customer&apos;s answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>Complaint closed.</source>
        <translation>投诉已关闭。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPageForm</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>New complaint (front desk)</source>
        <translation>前台登记投诉</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Action taken (call, inspection, goodwill …)</source>
        <translation>已采取的措施（电话、检查、补偿……）</translation>
    </message>
    <message>
        <source>Record action</source>
        <translation>记录措施</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>处理完成</translation>
    </message>
    <message>
        <source>The customer&apos;s answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>客户满意</translation>
    </message>
    <message>
        <source>Close with the answer</source>
        <translation>按客户答复关闭</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>At signing the confirmation</source>
        <translation>签署确认单时</translation>
    </message>
    <message>
        <source>In person at the bay</source>
        <translation>在工位当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By text or app message</source>
        <translation>短信或APP消息</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>A report was saved to %1. Please send it to your dealer&apos;s IT contact.</source>
        <translation>错误报告已保存到 %1，请发送给经销商的 IT 联系人。</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>错误报告无法保存。</translation>
    </message>
</context>
<context>
    <name>CrashDialogForm</name>
    <message>
        <source>ServiceBay stopped working</source>
        <translation>ServiceBay 出现错误</translation>
    </message>
    <message>
        <source>Sorry, ServiceBay hit an error it did not expect. Your saved work is safe in the database.</source>
        <translation>抱歉，ServiceBay 遇到了意外错误。已保存的数据安全地保存在数据库中。</translation>
    </message>
</context>
<context>
    <name>DamageKind</name>
    <message>
        <source>Scratch</source>
        <translation>划痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂纹</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>变形</translation>
    </message>
    <message>
        <source>Missing part</source>
        <translation>缺件</translation>
    </message>
</context>
<context>
    <name>DealerSettingsForm</name>
    <message>
        <source>Dealer settings</source>
        <translation>经销商设置</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Settlement and delivery (P4, D4, D5)</source>
        <translation>结算与交车（P4、D4、D5）</translation>
    </message>
    <message>
        <source>Labor billed by</source>
        <translation>工时结算方式</translation>
    </message>
    <message>
        <source>Advisors&apos; discount limit (yuan)</source>
        <translation>服务顾问优惠上限（元）</translation>
    </message>
    <message>
        <source>Service interval (months)</source>
        <translation>保养间隔（月）</translation>
    </message>
    <message>
        <source>Service interval (km)</source>
        <translation>保养间隔（公里）</translation>
    </message>
    <message>
        <source>Service reminder sent (days before)</source>
        <translation>保养提醒提前发送（天）</translation>
    </message>
    <message>
        <source>Each advisor&apos;s own discount limit (D4)</source>
        <translation>每位顾问的优惠权限（D4）</translation>
    </message>
    <message>
        <source>Yuan (empty: the dealer&apos;s limit)</source>
        <translation>金额（元；留空则按门店默认）</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>设置权限</translation>
    </message>
    <message>
        <source>Value-added services at delivery (D6)</source>
        <translation>交车增值服务（D6）</translation>
    </message>
    <message>
        <source>A service, e.g. free car wash</source>
        <translation>服务项目，如免费洗车</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Compensation offered for a delay (W5)</source>
        <translation>延误补偿选项（W5）</translation>
    </message>
    <message>
        <source>A compensation, e.g. a free oil change</source>
        <translation>补偿方式，如免费更换机油一次</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入列表</translation>
    </message>
    <message>
        <source>Retire the chosen one</source>
        <translation>停用所选项</translation>
    </message>
</context>
<context>
    <name>DealerSettingsPage</name>
    <message>
        <source>Standard hours of the catalogue</source>
        <translation>按标准工时</translation>
    </message>
    <message>
        <source>Job clock (hours actually worked)</source>
        <translation>按实际计时（实际工作小时）</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1: %2 yuan (own limit)</source>
        <translation>%1：%2 元（个人权限）</translation>
    </message>
    <message>
        <source>%1: %2 yuan (the dealer&apos;s limit)</source>
        <translation>%1：%2 元（门店默认）</translation>
    </message>
    <message>
        <source>Discount limit saved.</source>
        <translation>优惠权限已保存。</translation>
    </message>
    <message>
        <source>Type the service to add first.</source>
        <translation>请先输入要添加的服务项目。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Retired: no longer offered; earlier notices still show it.</source>
        <translation>已停用：不再提供；以前的延误通知仍显示该补偿。</translation>
    </message>
    <message>
        <source>Compensation added to the list.</source>
        <translation>补偿方式已加入列表。</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>客户暂不处理</translation>
    </message>
</context>
<context>
    <name>DelayAnswer</name>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不接受</translation>
    </message>
</context>
<context>
    <name>DelayReason</name>
    <message>
        <source>Part out of stock</source>
        <translation>配件缺货</translation>
    </message>
    <message>
        <source>Hidden fault found</source>
        <translation>发现隐藏故障</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s approval</source>
        <translation>等待客户确认</translation>
    </message>
    <message>
        <source>Equipment or bay not available</source>
        <translation>设备或工位不可用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>Delivery · %1</source>
        <translation>交车 · %1</translation>
    </message>
    <message>
        <source>or at %1 km, whichever comes first</source>
        <translation>或行驶至 %1 公里，以先到为准</translation>
    </message>
    <message>
        <source>Delivered. Hand over the documents below.</source>
        <translation>已交车。请将下列文件交给客户。</translation>
    </message>
    <message>
        <source>QC passed and the settlement is signed: go through the checklist.</source>
        <translation>质检已通过，结算单已签字：请逐项完成交车确认。</translation>
    </message>
    <message>
        <source>— the customer chooses —</source>
        <translation>— 请客户选择 —</translation>
    </message>
    <message>
        <source>Hand over to the customer</source>
        <translation>交还客户</translation>
    </message>
    <message>
        <source>Leave with the dealer for disposal</source>
        <translation>留店处理（报废）</translation>
    </message>
    <message>
        <source>demonstrate the repair</source>
        <translation>演示维修效果</translation>
    </message>
    <message>
        <source>go through the settlement</source>
        <translation>讲解结算单</translation>
    </message>
    <message>
        <source>show the old parts</source>
        <translation>展示旧件</translation>
    </message>
    <message>
        <source>show the packaging</source>
        <translation>展示新件包装</translation>
    </message>
    <message>
        <source>Delivered. Printing the documents…</source>
        <translation>已交车，正在打印交车文件…</translation>
    </message>
    <message>
        <source>Repair record, warranty card and maintenance advice printed.</source>
        <translation>维修记录、配件质保卡和保养建议书已打印。</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
</context>
<context>
    <name>DeliveryPageForm</name>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Acceptance with the customer</source>
        <translation>与客户验收</translation>
    </message>
    <message>
        <source>Repair demonstrated (D2)</source>
        <translation>已演示维修效果（D2）</translation>
    </message>
    <message>
        <source>Settlement explained (D4)</source>
        <translation>已讲解结算单（D4）</translation>
    </message>
    <message>
        <source>Old parts shown, reasons told (D3)</source>
        <translation>已展示旧件并说明更换原因（D3）</translation>
    </message>
    <message>
        <source>Packaging shown (W2)</source>
        <translation>已展示新件包装（W2）</translation>
    </message>
    <message>
        <source>Old parts: the customer&apos;s choice (D3)</source>
        <translation>旧件处理：由客户选择（D3）</translation>
    </message>
    <message>
        <source>No part was replaced: there are no old parts to show.</source>
        <translation>本单未更换配件，无旧件可展示。</translation>
    </message>
    <message>
        <source>Value-added services done (D6)</source>
        <translation>已完成的增值服务（D6）</translation>
    </message>
    <message>
        <source>The dealer offers no value-added services.</source>
        <translation>本店未设置增值服务。</translation>
    </message>
    <message>
        <source>Next service (D5)</source>
        <translation>下次保养（D5）</translation>
    </message>
    <message>
        <source>Deliver to the customer</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Documents handed over (D5)</source>
        <translation>交车文件（D5）</translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <source>Warranty card</source>
        <translation>配件质保卡</translation>
    </message>
    <message>
        <source>Maintenance advice</source>
        <translation>保养建议书</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Inquiries</source>
        <translation>客户咨询</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Inquiries · %1 overdue</source>
        <translation>客户咨询 · %1 条超时</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Official app</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>400 hotline</source>
        <translation>400热线</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Nobody is on duty or on shift: customers wait until the roster is filled</source>
        <translation>当前无人值班或在岗：请尽快排班，客户咨询无人答复</translation>
    </message>
    <message>
        <source>On duty now: %1</source>
        <translation>当前值班：%1</translation>
    </message>
    <message>
        <source>Answering now (on shift): %1</source>
        <translation>当前答复（在岗）：%1</translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>咨询渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Urgent · 30 min</source>
        <translation>紧急 · 30分钟</translation>
    </message>
    <message>
        <source>General · 2 h</source>
        <translation>一般 · 2小时</translation>
    </message>
    <message>
        <source>Overdue inquiries: %1. Reply now (P3)</source>
        <translation>超时未答复的咨询：%1 条，请立即答复（P3）</translation>
    </message>
    <message>
        <source>Tap an inquiry on the board to reply.</source>
        <translation>点选列表中的咨询后答复。</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>APP消息</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>%1 – %2 这一周</translation>
    </message>
    <message>
        <source>%1 – next day %2</source>
        <translation>%1 – 次日 %2</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>无人值班</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未排班</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>正在值班</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待值班</translation>
    </message>
    <message>
        <source>Take %1 off the roster for %2 %3?</source>
        <translation>确定取消 %1 在 %2 %3 的值班？</translation>
    </message>
    <message>
        <source>Remove duty</source>
        <translation>删除值班</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进度通知</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>延误通知</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>完工通知</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Dealer name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Advisor phone</source>
        <translation>顾问电话</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需携带资料</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>New completion time</source>
        <translation>新的完工时间</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿措施</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>已修改，尚未保存</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>标准文本</translation>
    </message>
    <message>
        <source>The dealer&apos;s own text</source>
        <translation>本店自定义文本</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>This text cannot be sent as it is.</source>
        <translation>此文本无法按原样发送。</translation>
    </message>
    <message>
        <source>%1 characters, about %2 text message(s)</source>
        <translation>共 %1 字，约 %2 条短信</translation>
    </message>
    <message>
        <source>Customer inquiries</source>
        <translation>客户咨询</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
</context>
<context>
    <name>DeskInquiriesForm</name>
    <message>
        <source>Log an inquiry</source>
        <translation>登记咨询</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>咨询渠道</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Optional: 11 digits</source>
        <translation>选填：11位手机号码</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>What does the customer want to know?</source>
        <translation>客户想咨询什么？</translation>
    </message>
    <message>
        <source>Urgent: reply within 30 minutes</source>
        <translation>紧急：30分钟内答复</translation>
    </message>
    <message>
        <source>Log inquiry</source>
        <translation>登记咨询</translation>
    </message>
    <message>
        <source>Open inquiries (P3: urgent 30 min, general 2 h)</source>
        <translation>待答复咨询（P3：紧急30分钟，一般2小时）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>The answer given to the customer</source>
        <translation>给客户的答复内容</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>发送答复</translation>
    </message>
</context>
<context>
    <name>DeskPageForm</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Customer inquiries</source>
        <translation>客户咨询</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>DeskRosterForm</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Remove selected duty</source>
        <translation>删除所选值班</translation>
    </message>
    <message>
        <source>Only the service manager or the administrator changes the roster.</source>
        <translation>值班表由服务经理或系统管理员安排。</translation>
    </message>
    <message>
        <source>Add a duty</source>
        <translation>新增值班</translation>
    </message>
    <message>
        <source>Tonight 18:00 – 08:30</source>
        <translation>今晚夜班 18:00 – 次日08:30</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>顺延一天</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>加入值班表</translation>
    </message>
</context>
<context>
    <name>DeskTemplatesForm</name>
    <message>
        <source>Appointment reminder</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进度通知</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>延误通知</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>完工通知</translation>
    </message>
    <message>
        <source>Placeholders: tap to insert at the cursor</source>
        <translation>占位符：点击插入到光标处</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>预览（示例数据）</translation>
    </message>
    <message>
        <source>Only the service manager or the administrator changes message texts.</source>
        <translation>消息模板由服务经理或系统管理员修改。</translation>
    </message>
    <message>
        <source>Back to the standard text</source>
        <translation>恢复标准文本</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
</context>
<context>
    <name>DifferenceKind</name>
    <message>
        <source>Any difference (cases)</source>
        <translation>有差异的工单（合计）</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Warranty rework, not billed</source>
        <translation>保修返修免收</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>1 · Routine</source>
        <translation>1 · 常规</translation>
    </message>
    <message>
        <source>2 · Standard</source>
        <translation>2 · 一般</translation>
    </message>
    <message>
        <source>3 · Complex</source>
        <translation>3 · 较难</translation>
    </message>
    <message>
        <source>4 · Expert</source>
        <translation>4 · 疑难</translation>
    </message>
    <message>
        <source>5 · Specialist</source>
        <translation>5 · 专家级</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>On urgent job %1</source>
        <translation>正在做紧急工单 %1</translation>
    </message>
    <message>
        <source>Off today</source>
        <translation>今日休息</translation>
    </message>
    <message>
        <source>On shift %1</source>
        <translation>当班 %1</translation>
    </message>
    <message>
        <source>Off shift (%1)</source>
        <translation>不当班（%1）</translation>
    </message>
</context>
<context>
    <name>DispatchBoardForm</name>
    <message>
        <source>Dispatch board</source>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Drag a case onto a technician, or select it and tap the technician.</source>
        <translation>把工单拖到技师栏，或选中工单后点技师。</translation>
    </message>
    <message>
        <source>Waiting for a technician (urgent and safety first)</source>
        <translation>待派技师（紧急、安全类优先）</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Promised completion</source>
        <translation>承诺完工</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>Dispatch with this promise</source>
        <translation>按此承诺时间派工</translation>
    </message>
    <message>
        <source>Technicians: today&apos;s shift and load</source>
        <translation>技师：今日班次与负荷</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>工位</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>Select a case first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <source>The promised completion time must be later than now.</source>
        <translation>承诺完工时间必须晚于现在。</translation>
    </message>
    <message>
        <source>%1 dispatched: the workshop has it now.</source>
        <translation>%1 已派工：车间已接单。</translation>
    </message>
    <message>
        <source>Select a waiting case first, then tap the technician.</source>
        <translation>请先选择待派工单，再点技师。</translation>
    </message>
    <message>
        <source>%1 is not on shift now. Why assign this case to %1?</source>
        <translation>%1 现在不当班。为什么仍派给 %1？</translation>
    </message>
    <message>
        <source>%1 is on urgent job %2. Why assign this case too?</source>
        <translation>%1 正在做紧急工单 %2。为什么还要派这单？</translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation>%1 已派给 %2。</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Service work order</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Service Item Confirmation Sheet</source>
        <translation>服务项目确认单</translation>
    </message>
    <message>
        <source>Settlement sheet</source>
        <translation>服务结算单</translation>
    </message>
    <message>
        <source>Delivery acceptance</source>
        <translation>交车验收单</translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <source>Parts warranty card</source>
        <translation>配件质保卡</translation>
    </message>
    <message>
        <source>Maintenance advice</source>
        <translation>保养建议书</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Case opened</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>已分配技师</translation>
    </message>
    <message>
        <source>Owner handed over</source>
        <translation>负责人已交接</translation>
    </message>
    <message>
        <source>Part fitted</source>
        <translation>已安装配件</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Damage marked</source>
        <translation>已标记外观损伤</translation>
    </message>
    <message>
        <source>Diagnosis recorded</source>
        <translation>已记录诊断</translation>
    </message>
    <message>
        <source>Progress update sent</source>
        <translation>已发送进度</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>已登记投诉</translation>
    </message>
    <message>
        <source>Inspection started</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Pending observation</source>
        <translation>待观察</translation>
    </message>
    <message>
        <source>Inspection resumed</source>
        <translation>继续检查</translation>
    </message>
    <message>
        <source>Estimate made</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>Signature requested</source>
        <translation>请客户签字</translation>
    </message>
    <message>
        <source>Estimate revised</source>
        <translation>报价已修改</translation>
    </message>
    <message>
        <source>Confirmation sheet signed</source>
        <translation>客户已签《服务项目确认单》</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <source>Work paused</source>
        <translation>暂停维修</translation>
    </message>
    <message>
        <source>Work resumed</source>
        <translation>继续维修</translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation>维修完成</translation>
    </message>
    <message>
        <source>QC passed</source>
        <translation>质检合格</translation>
    </message>
    <message>
        <source>QC failed</source>
        <translation>质检不合格</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Key step recorded</source>
        <translation>已记录关键工序</translation>
    </message>
    <message>
        <source>Customer&apos;s answer to key-step photos</source>
        <translation>客户对关键工序拍摄的意见</translation>
    </message>
    <message>
        <source>Completion time promised</source>
        <translation>已承诺完工时间</translation>
    </message>
    <message>
        <source>Delay announced</source>
        <translation>已告知延迟</translation>
    </message>
    <message>
        <source>Estimate line added</source>
        <translation>已添加报价项目</translation>
    </message>
    <message>
        <source>Estimate line removed</source>
        <translation>已删除报价项目</translation>
    </message>
    <message>
        <source>Customer decision recorded</source>
        <translation>已记录客户决定</translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation>已记录客户反馈</translation>
    </message>
    <message>
        <source>Rework opened</source>
        <translation>已发起返修</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Settlement sheet signed</source>
        <translation>客户已签《服务结算单》</translation>
    </message>
    <message>
        <source>Inspection recorded</source>
        <translation>已记录检查</translation>
    </message>
    <message>
        <source>Fault reproduced</source>
        <translation>已复现故障</translation>
    </message>
    <message>
        <source>Diagnostic reading</source>
        <translation>诊断仪读数</translation>
    </message>
    <message>
        <source>Photo or clip attached</source>
        <translation>已添加照片或视频</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>已打印单据</translation>
    </message>
    <message>
        <source>Signed sheet scanned</source>
        <translation>已扫描签字单据</translation>
    </message>
    <message>
        <source>Photo marked up</source>
        <translation>已标注照片</translation>
    </message>
    <message>
        <source>Work on a line started</source>
        <translation>工时项目开工</translation>
    </message>
    <message>
        <source>Work on a line paused</source>
        <translation>工时项目暂停</translation>
    </message>
    <message>
        <source>Work on a line resumed</source>
        <translation>工时项目恢复</translation>
    </message>
    <message>
        <source>Work on a line finished</source>
        <translation>工时项目完工</translation>
    </message>
    <message>
        <source>Part packaging handled</source>
        <translation>配件包装已处理</translation>
    </message>
    <message>
        <source>Extra work approved by the customer</source>
        <translation>客户已同意增项</translation>
    </message>
    <message>
        <source>Customer&apos;s answer to the delay</source>
        <translation>客户对延误的答复</translation>
    </message>
    <message>
        <source>Case updated</source>
        <translation>工单已更新</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>with the customer&apos;s consent</source>
        <translation>已征得客户同意</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>未征得同意</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>risk acknowledged by the customer</source>
        <translation>客户已确认知晓风险</translation>
    </message>
    <message>
        <source>customer declined to rate</source>
        <translation>客户拒绝评价</translation>
    </message>
    <message>
        <source>fault reproduced</source>
        <translation>故障已复现</translation>
    </message>
    <message>
        <source>fault not reproduced</source>
        <translation>故障未复现</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入方式</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>FeedbackCategory</name>
    <message>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>清洁</translation>
    </message>
</context>
<context>
    <name>FeedbackChannel</name>
    <message>
        <source>At delivery</source>
        <translation>交车时</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Declined</source>
        <translation>拒绝评价</translation>
    </message>
    <message>
        <source>Give the overall score (1–5), or tick the refusal.</source>
        <translation>请填写总体评分（1–5），或勾选客户拒绝评价。</translation>
    </message>
    <message>
        <source>Feedback recorded for %1.</source>
        <translation>已记录 %1 的客户反馈。</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 已结案。</translation>
    </message>
</context>
<context>
    <name>FeedbackPageForm</name>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Customer feedback (P5)</source>
        <translation>客户反馈（P5）</translation>
    </message>
    <message>
        <source>Scores (1 = poor, 5 = excellent)</source>
        <translation>评分（1 = 差，5 = 很好）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>清洁</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>The customer declines to give feedback</source>
        <translation>客户拒绝评价</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>A case closes only with the customer&apos;s feedback or their recorded refusal (P5).</source>
        <translation>须先记录客户反馈（或客户拒绝评价）才能结案（P5）。</translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation>已记录的反馈</translation>
    </message>
</context>
<context>
    <name>FloorAttentionForm</name>
    <message>
        <source>Progress updates and delay notices due (W4, W5)</source>
        <translation>待发进展通知与延误通知（W4、W5）</translation>
    </message>
    <message>
        <source>Double-click: open the case&apos;s progress page</source>
        <translation>双击：打开工单进展页</translation>
    </message>
</context>
<context>
    <name>FollowUpBlockForm</name>
    <message>
        <source>Follow-up calls due (P5 feedback a few days after delivery)</source>
        <translation>待回访（交车数日后回访收集反馈，P5）</translation>
    </message>
</context>
<context>
    <name>Fuel</name>
    <message>
        <source>Full</source>
        <translation>满</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>ImprovementStatus</name>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>KeyStepsForm</name>
    <message>
        <source>Key steps</source>
        <translation>关键工序</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Key steps (W3)</source>
        <translation>关键工序记录（W3）</translation>
    </message>
    <message>
        <source>Customer&apos;s consent to photos and video</source>
        <translation>客户对拍照和录像的同意</translation>
    </message>
    <message>
        <source>Customer agrees</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <source>Customer refuses</source>
        <translation>客户不同意</translation>
    </message>
    <message>
        <source>New key step</source>
        <translation>新增关键工序</translation>
    </message>
    <message>
        <source>What is done (e.g. caliper removed)</source>
        <translation>本工序做了什么（如：拆下卡钳）</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>记录工序</translation>
    </message>
    <message>
        <source>Bay camera: photos and video go to the selected step.</source>
        <translation>工位摄像头：照片和视频记入所选工序。</translation>
    </message>
</context>
<context>
    <name>KeyStepsPage</name>
    <message>
        <source>No answer on record yet: ask the customer before any photo or video.</source>
        <translation>尚未记录客户意见：拍照或录像前请先征得客户同意。</translation>
    </message>
    <message>
        <source>Customer agreed %1, recorded by %2 at %3.</source>
        <translation>客户已同意（%1），由%2于%3记录。</translation>
    </message>
    <message>
        <source>Customer refused %1, recorded by %2 at %3: no photos or video.</source>
        <translation>客户不同意（%1），由%2于%3记录：不得拍照或录像。</translation>
    </message>
    <message>
        <source>Key operation: %1</source>
        <translation>关键作业：%1</translation>
    </message>
    <message>
        <source>Other step of this job</source>
        <translation>本工单的其他工序</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>video %1 s</source>
        <translation>视频 %1 秒</translation>
    </message>
    <message>
        <source>no photo or video</source>
        <translation>无照片或视频</translation>
    </message>
    <message>
        <source>with consent</source>
        <translation>已获客户同意</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>未获客户同意</translation>
    </message>
    <message>
        <source>The customer&apos;s answer is recorded.</source>
        <translation>已记录客户意见。</translation>
    </message>
    <message>
        <source>Step recorded without photos or video: the customer refused.</source>
        <translation>工序已记录（无照片或视频）：客户不同意拍摄。</translation>
    </message>
    <message>
        <source>Step recorded: take a photo or record a video of it.</source>
        <translation>工序已记录：请拍照或录像。</translation>
    </message>
    <message>
        <source>Record or select a step first.</source>
        <translation>请先记录或选择一个工序。</translation>
    </message>
    <message>
        <source>Video attached to the step.</source>
        <translation>视频已记入该工序。</translation>
    </message>
    <message>
        <source>Photo attached to the step.</source>
        <translation>照片已记入该工序。</translation>
    </message>
</context>
<context>
    <name>KpiStage</name>
    <message>
        <source>Opened</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>KpiTargetsForm</name>
    <message>
        <source>The dealer&apos;s KPI targets</source>
        <translation>本店考核目标</translation>
    </message>
    <message>
        <source>A time rule is a weak spot when its share on time falls below the target; a stage when nine cases in ten wait longer than its target. The defaults come from the service standard.</source>
        <translation>时限规则的按时率低于目标、或某环节九成工单的等待时间超过目标时，即列为薄弱环节。默认值取自服务规范。</translation>
    </message>
    <message>
        <source>Share on time per rule</source>
        <translation>各时限规则的按时率目标</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Longest wait of nine cases in ten per stage</source>
        <translation>各环节九成工单的最长等待</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Standard&apos;s defaults</source>
        <translation>恢复规范默认值</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>保存目标</translation>
    </message>
</context>
<context>
    <name>LineClock</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完工</translation>
    </message>
</context>
<context>
    <name>LineKind</name>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the workstation database…</source>
        <translation>正在打开工作站数据库…</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>请选择您的姓名</translation>
    </message>
    <message>
        <source>Tap your name.</source>
        <translation>点击您的姓名。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Logged in: %1 · %2</source>
        <translation>当前用户：%1 · %2</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Workstation: %1 (%2)</source>
        <translation>工作站：%1（%2）</translation>
    </message>
    <message>
        <source>Workstation: not set up</source>
        <translation>工作站：未初始化</translation>
    </message>
    <message>
        <source>Offline — not enrolled for head-office sync</source>
        <translation>离线 — 未注册总部同步</translation>
    </message>
    <message>
        <source>ServiceBay</source>
        <translation>ServiceBay</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Switch between your roles</source>
        <translation>切换您的岗位</translation>
    </message>
    <message>
        <source>Search order no., plate, VIN, phone or customer name</source>
        <translation>搜索工单号、车牌、车架号、电话或客户姓名</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ManagerDashboard</name>
    <message>
        <source>Whole dealer</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Bay %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <source>Advisor %1</source>
        <translation>服务顾问 %1</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>技师 %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) opened in the period</source>
        <translation>
            <numerusform>本期开单 %n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback: %1 answers, average %2 of 5 (click a category for the cases scored 3 or less)</source>
        <translation>客户评价：%1 份，平均 %2 分（满分5分；点击类别查看评3分及以下的工单）</translation>
    </message>
    <message>
        <source>D4: %1 settled cases, %2 compared with their signed estimate, %3 differ: %4 yuan above, %5 yuan below the estimates (click a row for the cases)</source>
        <translation>D4：已结算 %1 个工单，其中 %2 个可与签字估价对比，%3 个有差异：高于估价合计 %4 元，低于估价合计 %5 元（点击一行查看工单）</translation>
    </message>
    <message>
        <source>Most frequent reasons: %1</source>
        <translation>最常见的差异原因：%1</translation>
    </message>
    <message>
        <source>No rule or stage below its target.</source>
        <translation>没有低于目标的规则或环节。</translation>
    </message>
    <message>
        <source>Weak spots against the targets (click for the cases)</source>
        <translation>对照目标的薄弱环节（点击查看工单）</translation>
    </message>
    <message>
        <source>Bring %1 to its target</source>
        <translation>使“%1”达到目标</translation>
    </message>
    <message>
        <source>Improvement action created (due in 30 days).</source>
        <translation>已创建改进措施（30天内完成）。</translation>
    </message>
    <message>
        <source>Building the quarterly report…</source>
        <translation>正在生成季度报告…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>QC first pass: %1 of %2 cases (%3). Comebacks within 30 days: %4, within 90 days: %5 of %6 closed cases (first-time fix %7).</source>
        <translation>质检一次通过：%2 个工单中 %1 个（%3）。返修回厂：30天内 %4 个，90天内 %5 个，共 %6 个已结案工单（一次修复率 %7）。</translation>
    </message>
    <message>
        <source>Delay notices: %1 on %2 cases (most often: %3). Declined recommendations: %4 of %5, safety-relevant %6 of %7.</source>
        <translation>延迟告知 %1 次，涉及 %2 个工单（最常见原因：%3）。客户拒绝的建议项目 %4 / %5，其中安全相关 %6 / %7。</translation>
    </message>
    <message>
        <source>Share on time per rule (%)</source>
        <translation>各规则按时率（%）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时率</translation>
    </message>
    <message numerus="yes">
        <source>%n miss(es) with no case behind them (an inquiry, or an appointment that never arrived)</source>
        <translation>
            <numerusform>%n 项未达标没有对应的工单（咨询，或预约后未到店）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagerDashboardForm</name>
    <message>
        <source>KPI dashboard</source>
        <translation>服务指标看板</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Service figures</source>
        <translation>服务指标</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>Quarterly report…</source>
        <translation>季度报告…</translation>
    </message>
    <message>
        <source>Build the quarter&apos;s improvement report (PDF), save it and print it</source>
        <translation>生成本季度改进报告（PDF），保存并打印</translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation>薄弱环节</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source>SLA compliance (click a row for the missed cases)</source>
        <translation>时限达标情况（点击一行查看未达标工单）</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>各环节等待</translation>
    </message>
    <message>
        <source>Waiting time per stage (click a row for the slowest cases)</source>
        <translation>各环节等待时间（点击一行查看最慢的工单）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉与评价</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算与估价</translation>
    </message>
    <message>
        <source>Complaints by category (click a row for their cases)</source>
        <translation>按类别统计的投诉（点击一行查看工单）</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>考核目标…</translation>
    </message>
    <message>
        <source>The dealer&apos;s targets per time rule and stage</source>
        <translation>本店各时限规则和各环节的考核目标</translation>
    </message>
    <message>
        <source>Improvement action…</source>
        <translation>改进措施…</translation>
    </message>
    <message>
        <source>Create an improvement action for the selected weak spot (the worst when none is selected)</source>
        <translation>为选中的薄弱环节创建改进措施（未选中时为最差的一项）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Improvement actions, open ones first (overdue ones marked); select one to update it</source>
        <translation>改进措施（未结束的在前，逾期的已标出）；选中一项即可更新</translation>
    </message>
    <message>
        <source>Notes on the selected action (what was done, what it changed)</source>
        <translation>选中措施的备注（做了什么、带来了什么变化）</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Cases behind the figure (double-click to open)</source>
        <translation>该指标对应的工单（双击打开）</translation>
    </message>
</context>
<context>
    <name>ManagerHomeForm</name>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间概况</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>服务指标看板</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <source>SLA overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Opened today</source>
        <translation>今日开单</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>今日交车</translation>
    </message>
    <message>
        <source>Cases by state</source>
        <translation>各状态工单</translation>
    </message>
    <message>
        <source>SLA alerts</source>
        <translation>时限预警</translation>
    </message>
</context>
<context>
    <name>ManagerHomePage</name>
    <message>
        <source>Settings…</source>
        <translation>经销商设置…</translation>
    </message>
    <message numerus="yes">
        <source>KPI dashboard (%n overdue improvement action(s))</source>
        <translation>
            <numerusform>服务指标看板（%n 项改进措施已逾期）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPurpose</name>
    <message>
        <source>Damage photo</source>
        <translation>损伤照片</translation>
    </message>
    <message>
        <source>Intake photo or clip</source>
        <translation>接车照片或视频</translation>
    </message>
    <message>
        <source>Key step photo or clip</source>
        <translation>关键工序照片或视频</translation>
    </message>
    <message>
        <source>QC evidence photo</source>
        <translation>质检证据照片</translation>
    </message>
    <message>
        <source>Packaging photo</source>
        <translation>包装照片</translation>
    </message>
    <message>
        <source>Scanned signed sheet</source>
        <translation>签字单据扫描件</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Only this technician knows this model</source>
        <translation>只有这位技师熟悉该车型</translation>
    </message>
    <message>
        <source>Customer waiting; the technician agreed to overtime</source>
        <translation>客户在等，技师同意加班</translation>
    </message>
    <message>
        <source>Short job between the steps of the urgent one</source>
        <translation>短活，可在紧急工单间隙完成</translation>
    </message>
    <message>
        <source>Choose a common reason…</source>
        <translation>选择常用原因…</translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <source>Write the reason: it is recorded.</source>
        <translation>请填写原因：会记录在派工记录中。</translation>
    </message>
</context>
<context>
    <name>OverrideReasonForm</name>
    <message>
        <source>Reason for this assignment</source>
        <translation>派工原因</translation>
    </message>
    <message>
        <source>Why this technician now (recorded on the assignment)</source>
        <translation>为什么现在派给这位技师（记录在派工记录中）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Assign with this reason</source>
        <translation>按此原因派工</translation>
    </message>
</context>
<context>
    <name>Packaging</name>
    <message>
        <source>Kept</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Shown to customer</source>
        <translation>已给客户查看</translation>
    </message>
    <message>
        <source>Handed to customer</source>
        <translation>已交给客户</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>PartEntry</name>
    <message>
        <source>Scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>手选</translation>
    </message>
</context>
<context>
    <name>PartGrade</name>
    <message>
        <source>OEM</source>
        <translation>原厂</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>认证件</translation>
    </message>
    <message>
        <source>Aftermarket</source>
        <translation>副厂件</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s decision</source>
        <translation>等待客户决定</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Urgent job first</source>
        <translation>先修紧急工单</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Needs operating guidance</source>
        <translation>需要操作指导</translation>
    </message>
    <message>
        <source>Prefers speed</source>
        <translation>注重效率</translation>
    </message>
</context>
<context>
    <name>ProgressTemplate</name>
    <message>
        <source>Disassembly done; %1 is damaged; about %2 h more.</source>
        <translation>拆检完成，%1 损坏，约还需 %2 小时。</translation>
    </message>
    <message>
        <source>Parts fitted; testing now; about %2 h more.</source>
        <translation>配件已装好，正在测试，约还需 %2 小时。</translation>
    </message>
    <message>
        <source>Waiting for %1 to arrive; work continues meanwhile.</source>
        <translation>正在等待 %1 到货，其余工作继续进行。</translation>
    </message>
    <message>
        <source>Work on schedule; ready by the promised time.</source>
        <translation>维修进展顺利，可按承诺时间完工。</translation>
    </message>
</context>
<context>
    <name>QcCheck</name>
    <message>
        <source>Fault fully resolved (noise gone, works)</source>
        <translation>故障已彻底排除（异响消失、功能正常）</translation>
    </message>
    <message>
        <source>Parts fitted firmly</source>
        <translation>部件安装牢固</translation>
    </message>
    <message>
        <source>Bolt torque to spec</source>
        <translation>螺栓扭矩达标</translation>
    </message>
    <message>
        <source>No loose wiring or connectors</source>
        <translation>线束、插头无松动</translation>
    </message>
    <message>
        <source>Fluids at level, no leaks</source>
        <translation>油液液位正常、无渗漏</translation>
    </message>
    <message>
        <source>Clean: oil and marks of the work removed</source>
        <translation>清洁：作业油污和痕迹已清除</translation>
    </message>
    <message>
        <source>Road test passed</source>
        <translation>路试正常</translation>
    </message>
    <message>
        <source>Function test passed (power on, all modes)</source>
        <translation>通电功能测试正常（各模式）</translation>
    </message>
</context>
<context>
    <name>QcHomeForm</name>
    <message>
        <source>QC inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Waiting for QC</source>
        <translation>待质检</translation>
    </message>
    <message>
        <source>Quick fail: tick the checks that failed (D1)</source>
        <translation>快速判定不合格：勾选不合格的检查项（D1）</translation>
    </message>
    <message>
        <source>Fault fully resolved (noise gone, functions normal)</source>
        <translation>故障彻底排除（异响消失、功能正常）</translation>
    </message>
    <message>
        <source>Parts installed firmly</source>
        <translation>配件安装牢固</translation>
    </message>
    <message>
        <source>Bolt torque to spec</source>
        <translation>螺丝扭矩达标</translation>
    </message>
    <message>
        <source>No loose wiring</source>
        <translation>线路无松动</translation>
    </message>
    <message>
        <source>Clean (oil and marks from the work removed)</source>
        <translation>清洁（维修产生的油污、痕迹已清除）</translation>
    </message>
    <message>
        <source>Why they failed (required for a fail)</source>
        <translation>不合格原因（判定不合格时必填）</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>QC failed: rework</source>
        <translation>不合格：返工</translation>
    </message>
    <message>
        <source>Inspect and pass…</source>
        <translation>逐项检验并判定…</translation>
    </message>
</context>
<context>
    <name>QcHomePage</name>
    <message>
        <source>Re-inspection (round %1). Last time: %2</source>
        <translation>复检（第 %1 次）。上次意见：%2</translation>
    </message>
    <message>
        <source>Select a case to inspect.</source>
        <translation>请选择要质检的工单。</translation>
    </message>
    <message>
        <source>%1 passed QC: ready for delivery.</source>
        <translation>%1 质检通过：可以交车。</translation>
    </message>
    <message>
        <source>%1 failed QC: it goes back to the technician with your note.</source>
        <translation>%1 质检未通过：已连同您的说明退回技师。</translation>
    </message>
</context>
<context>
    <name>QcInspectionForm</name>
    <message>
        <source>QC inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>QC inspection (D1)</source>
        <translation>质量复检（D1）</translation>
    </message>
    <message>
        <source>Key steps</source>
        <translation>关键工序</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Torque readings (N·m)</source>
        <translation>扭矩读数（N·m）</translation>
    </message>
    <message>
        <source>Evidence photo: the fault is resolved</source>
        <translation>证据照片：故障已排除</translation>
    </message>
    <message>
        <source>Why the checks failed</source>
        <translation>不合格原因</translation>
    </message>
    <message>
        <source>Notes for the technician (optional)</source>
        <translation>给技师的备注（选填）</translation>
    </message>
    <message>
        <source>Fail: back to the technician</source>
        <translation>不合格：退回技师返工</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
</context>
<context>
    <name>QcInspectionPage</name>
    <message>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>appliance</source>
        <translation>家电</translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <source>Worked on by: %1</source>
        <translation>参与作业：%1</translation>
    </message>
    <message>
        <source>Round %1 %2 by %3 (%4): %5</source>
        <translation>第%1轮%2，质检员%3（%4）：%5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Rework so far: %1</source>
        <translation>累计返工：%1 次</translation>
    </message>
    <message>
        <source>Evidence photos for this round: %1</source>
        <translation>本轮证据照片：%1 张</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Why it failed (required)</source>
        <translation>不合格原因（必填）</translation>
    </message>
    <message>
        <source>You worked on this job: another inspector must inspect it (D1).</source>
        <translation>您参与了这项作业，不能由您质检：请另一位质检员复检（D1）。</translation>
    </message>
    <message>
        <source>Evidence photo added.</source>
        <translation>证据照片已添加。</translation>
    </message>
    <message>
        <source>%1 passed QC: the work record is sealed, ready for delivery.</source>
        <translation>%1 质检合格：作业记录已封存，可以交车。</translation>
    </message>
    <message>
        <source>%1 failed QC: it goes back to the technician as rework.</source>
        <translation>%1 质检不合格：已退回技师返工。</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Needs operating guidance</source>
        <translation>需要操作指导</translation>
    </message>
    <message>
        <source>Prefers speed</source>
        <translation>注重效率</translation>
    </message>
    <message>
        <source>Contact by %1</source>
        <translation>首选联系：%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle / product</source>
        <translation>车辆 / 产品</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店信息</translation>
    </message>
    <message>
        <source>Confirmation clocks and reminder</source>
        <translation>确认时限与提醒</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11位手机号码</translation>
    </message>
    <message>
        <source>e.g. 粤B12345</source>
        <translation>例：粤B12345</translation>
    </message>
    <message>
        <source>17 characters, check digit verified</source>
        <translation>17位，自动校验第9位校验码</translation>
    </message>
    <message>
        <source>Urgent (won&apos;t start, broke down): 1 h fast track</source>
        <translation>紧急（无法启动 / 突发故障）：1小时快速通道</translation>
    </message>
    <message>
        <source>Technician visit instead of a bay</source>
        <translation>技师上门（不占工位）</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>登记预约</translation>
    </message>
    <message>
        <source>Confirm and send reminder</source>
        <translation>确认预约并发送提醒</translation>
    </message>
    <message>
        <source>Walk-in: receive now</source>
        <translation>无预约：直接接待</translation>
    </message>
    <message>
        <source>Arrange fast track</source>
        <translation>安排快速通道</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>号码有效：%1</translation>
    </message>
    <message>
        <source>%1 of 17 characters</source>
        <translation>已输入 %1 / 17 位</translation>
    </message>
    <message>
        <source>VIN check digit correct</source>
        <translation>车架号校验位正确</translation>
    </message>
    <message>
        <source>New customer: fill in the name</source>
        <translation>新客户：请填写姓名</translation>
    </message>
    <message>
        <source>Returning customer %1</source>
        <translation>老客户 %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>on shift</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>off shift</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>%1 – %2, %3 jobs</source>
        <translation>%1 – %2，在修 %3 单</translation>
    </message>
    <message>
        <source>Reminder to %1 (%2): %3</source>
        <translation>发送给 %1 的提醒（%2）：%3</translation>
    </message>
    <message>
        <source>A2: confirm within 15 minutes of the request.
A3: urgent jobs get a bay or a technician visit within 1 hour.</source>
        <translation>A2：预约须在15分钟内确认。
A3：紧急维修须在1小时内预留工位或安排技师上门。</translation>
    </message>
    <message>
        <source>A2 confirmation: done ✓</source>
        <translation>A2 预约确认：已完成 ✓</translation>
    </message>
    <message>
        <source>A2 confirm within 15 min: %1 left</source>
        <translation>A2 15分钟内确认：剩余 %1</translation>
    </message>
    <message>
        <source>technician visit</source>
        <translation>技师上门</translation>
    </message>
    <message>
        <source>A3 fast track: arranged (%1) ✓</source>
        <translation>A3 快速通道：已安排（%1） ✓</translation>
    </message>
    <message>
        <source>A3 fast track within 1 h: %1 left</source>
        <translation>A3 1小时快速通道：剩余 %1</translation>
    </message>
    <message>
        <source>Arrival: double confirmation</source>
        <translation>到店：双确认</translation>
    </message>
    <message>
        <source>Today&apos;s bookings: tap the customer who arrived</source>
        <translation>今日预约：点选已到店的客户</translation>
    </message>
    <message>
        <source>Identity checked: name and phone match the record</source>
        <translation>身份已核对：姓名与电话与系统记录一致</translation>
    </message>
    <message>
        <source>Appointment checked: vehicle/product and fault match the booking</source>
        <translation>预约已核对：车辆/产品与故障描述与预约一致</translation>
    </message>
    <message>
        <source>Customer arrived: open the work order</source>
        <translation>客户已到店：开立工单</translation>
    </message>
    <message>
        <source>Book or pick an appointment first.</source>
        <translation>请先登记或选择一个预约。</translation>
    </message>
    <message>
        <source>%1  %2
%3
Desired: %4
Fault: %5
Preferences: %6</source>
        <translation>%1  %2
%3
预约时间：%4
故障描述：%5
服务偏好：%6</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4</source>
        <translation>%1  %2 %3  %4</translation>
    </message>
    <message>
        <source>No booking waiting today.</source>
        <translation>今日没有待到店的预约。</translation>
    </message>
    <message>
        <source>USB camera %1</source>
        <translation>USB摄像头 %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Network camera %1</source>
        <translation>网络摄像头 %1</translation>
    </message>
    <message>
        <source>Recorded video %1</source>
        <translation>录像文件 %1</translation>
    </message>
    <message>
        <source>Demo video (built in)</source>
        <translation>演示视频（内置）</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止录像</translation>
    </message>
    <message>
        <source>Record video</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>摄像头未开启</translation>
    </message>
    <message>
        <source>Opening camera…</source>
        <translation>正在打开摄像头…</translation>
    </message>
    <message>
        <source>Recording… %1 s</source>
        <translation>录像中… %1 秒</translation>
    </message>
    <message>
        <source>Photo taken</source>
        <translation>已拍照</translation>
    </message>
    <message>
        <source>Video saved (%1 s)</source>
        <translation>视频已保存（%1 秒）</translation>
    </message>
    <message>
        <source>Catalogue: parts and labor</source>
        <translation>目录：配件与工时</translation>
    </message>
    <message>
        <source>Free-text line</source>
        <translation>自定义项目</translation>
    </message>
    <message>
        <source>Recommended plan and the customer&apos;s decisions</source>
        <translation>推荐方案与客户选择</translation>
    </message>
    <message>
        <source>Part number or name</source>
        <translation>配件号或名称</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grade / hours</source>
        <translation>等级 / 工时</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必换</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工时 / 数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>客户选择</translation>
    </message>
    <message>
        <source>Why, in plain language</source>
        <translation>原因（通俗说明）</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>Source of the part…</source>
        <translation>配件来源…</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>原厂件</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>认证件</translation>
    </message>
    <message>
        <source>Part number (OEM, certified)</source>
        <translation>配件编号（原厂、认证件必填）</translation>
    </message>
    <message>
        <source>Safety-relevant</source>
        <translation>涉及安全</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove selected line</source>
        <translation>删除所选项目</translation>
    </message>
    <message>
        <source>Estimate complete</source>
        <translation>报价完成</translation>
    </message>
    <message>
        <source>Decisions recorded: to signature</source>
        <translation>客户已选择：请客户签字</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时（小时）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Labor %1 (%2 h)   Parts %3   Tax %4   Total %5   Declined items %6</source>
        <translation>工时费 %1（%2 小时）   配件 %3   税 %4   合计 %5   客户暂不考虑 %6</translation>
    </message>
    <message>
        <source>Safety-relevant item declined</source>
        <translation>拒绝涉及安全的项目</translation>
    </message>
    <message>
        <source>“%1” is needed for safety. Does the customer acknowledge the risk of declining it?</source>
        <translation>“%1”涉及行车/使用安全。客户是否确认知晓拒绝该项目的风险？</translation>
    </message>
    <message>
        <source>Damage: tap a zone, then its kind</source>
        <translation>外观损伤：点部位，再点类型</translation>
    </message>
    <message>
        <source>On-site check with the customer</source>
        <translation>与客户现场检查</translation>
    </message>
    <message>
        <source>Note on the damage (optional)</source>
        <translation>损伤备注（可选）</translation>
    </message>
    <message>
        <source>Note text, then tap the photo</source>
        <translation>输入文字后点击照片</translation>
    </message>
    <message>
        <source>Mark damage</source>
        <translation>标记损伤</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>照片批注</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Save markup</source>
        <translation>保存批注</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>身份已确认</translation>
    </message>
    <message>
        <source>Appointment confirmed</source>
        <translation>预约已确认</translation>
    </message>
    <message>
        <source>Abnormal noise</source>
        <translation>有异响</translation>
    </message>
    <message>
        <source>Starts / powers on normally</source>
        <translation>可正常启动 / 开机</translation>
    </message>
    <message>
        <source>e.g. none / sunglasses in the glovebox</source>
        <translation>例：无 / 手套箱内有墨镜</translation>
    </message>
    <message>
        <source>e.g. P0301</source>
        <translation>例：P0301</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>添加读数</translation>
    </message>
    <message>
        <source>Save check</source>
        <translation>保存检查</translation>
    </message>
    <message>
        <source>Save diagnosis</source>
        <translation>保存诊断</translation>
    </message>
    <message>
        <source>Not shown: pending observation</source>
        <translation>故障未出现：记为待观察</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 photo(s)</source>
        <translation>%1 · %2 · %3 · %4 张照片</translation>
    </message>
    <message>
        <source>, %1 video(s)</source>
        <translation>，%1 段视频</translation>
    </message>
    <message>
        <source>Readings: %1</source>
        <translation>诊断读数：%1</translation>
    </message>
    <message>
        <source>Video %1 s</source>
        <translation>视频 %1 秒</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Zone: %1</source>
        <translation>部位：%1</translation>
    </message>
    <message>
        <source>Tap the damaged zone on the diagram</source>
        <translation>请在示意图上点击受损部位</translation>
    </message>
    <message>
        <source>Damage marked: take its photos now</source>
        <translation>损伤已标记：请拍照</translation>
    </message>
    <message>
        <source>Photo saved</source>
        <translation>照片已保存</translation>
    </message>
    <message>
        <source>Video saved</source>
        <translation>视频已保存</translation>
    </message>
    <message>
        <source>Markup saved; the original photo is untouched</source>
        <translation>批注已保存，原始照片保持不变</translation>
    </message>
    <message>
        <source>Check saved</source>
        <translation>检查结果已保存</translation>
    </message>
    <message>
        <source>Diagnosis saved</source>
        <translation>诊断已保存</translation>
    </message>
    <message>
        <source>Pending observation recorded</source>
        <translation>已记录待观察</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Confirmation sheet</source>
        <translation>服务项目确认单</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sign on screen</source>
        <translation>屏幕签字确认</translation>
    </message>
    <message>
        <source>Scan signed paper…</source>
        <translation>扫描已签字的纸质单…</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开工单。</translation>
    </message>
    <message>
        <source>Version %1 signed ✓ — work may start</source>
        <translation>第 %1 版已签字 ✓ — 可以开工</translation>
    </message>
    <message>
        <source>Version %1 awaits the customer&apos;s signature</source>
        <translation>第 %1 版等待客户签字</translation>
    </message>
    <message>
        <source>Record the customer&apos;s decisions first, then ask for the signature.</source>
        <translation>请先记录客户对每个项目的选择，再请客户签字。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Generating PDF…</source>
        <translation>正在生成PDF…</translation>
    </message>
    <message>
        <source>%1 version %2, %3 page(s)</source>
        <translation>%1 第 %2 版，共 %3 页</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
    <message>
        <source>Signed. The case can be dispatched.</source>
        <translation>已签字，工单可以派工。</translation>
    </message>
    <message>
        <source>Photo or scan of the signed page</source>
        <translation>已签字页面的照片或扫描件</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>正在识别二维码…</translation>
    </message>
    <message>
        <source>Read %1 · %2 · version %3 in %4 s; filed on that version.</source>
        <translation>已识别 %1 · %2 · 第 %3 版（用时 %4 秒），已归档到该版本。</translation>
    </message>
    <message>
        <source>Signed on paper.</source>
        <translation>已纸质签字。</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Official app</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>400 hotline</source>
        <translation>400热线</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>APP消息</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>queued, waiting for the gateway</source>
        <translation>已排队，等待短信网关发送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>not sent: the gateway failed</source>
        <translation>未发送：短信网关故障</translation>
    </message>
    <message>
        <source>not sent: the gateway refused it</source>
        <translation>未发送：短信网关拒收</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>预约渠道</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Service preferences</source>
        <translation>服务偏好</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>消息语言</translation>
    </message>
    <message>
        <source>Serviced item</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>家电</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号（VIN）</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Desired time</source>
        <translation>期望到店时间</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Front bumper</source>
        <translation>前保险杠</translation>
    </message>
    <message>
        <source>Hood</source>
        <translation>发动机盖</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>车顶</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>后备箱</translation>
    </message>
    <message>
        <source>Rear bumper</source>
        <translation>后保险杠</translation>
    </message>
    <message>
        <source>Left front door</source>
        <translation>左前门</translation>
    </message>
    <message>
        <source>Left rear door</source>
        <translation>左后门</translation>
    </message>
    <message>
        <source>Right front door</source>
        <translation>右前门</translation>
    </message>
    <message>
        <source>Right rear door</source>
        <translation>右后门</translation>
    </message>
    <message>
        <source>Left front fender</source>
        <translation>左前翼子板</translation>
    </message>
    <message>
        <source>Right front fender</source>
        <translation>右前翼子板</translation>
    </message>
    <message>
        <source>Left rear fender</source>
        <translation>左后翼子板</translation>
    </message>
    <message>
        <source>Right rear fender</source>
        <translation>右后翼子板</translation>
    </message>
    <message>
        <source>Windshield</source>
        <translation>前挡风玻璃</translation>
    </message>
    <message>
        <source>Left mirror</source>
        <translation>左后视镜</translation>
    </message>
    <message>
        <source>Right mirror</source>
        <translation>右后视镜</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>车轮</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>车内</translation>
    </message>
    <message>
        <source>Front panel</source>
        <translation>前面板</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背部</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>底座</translation>
    </message>
    <message>
        <source>Fender</source>
        <translation>翼子板</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>后视镜</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>车轮</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>暂不考虑</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>划痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂纹</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>变形</translation>
    </message>
    <message>
        <source>Missing part</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>尚未复现</translation>
    </message>
    <message>
        <source>Reproduced together</source>
        <translation>已与客户一同复现</translation>
    </message>
    <message>
        <source>Did not show</source>
        <translation>未能复现</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Fuel level</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙数量</translation>
    </message>
    <message>
        <source>Fault reproduction</source>
        <translation>故障复现</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>现象记录</translation>
    </message>
    <message>
        <source>OBD code / tester</source>
        <translation>OBD故障码 / 测试值</translation>
    </message>
    <message>
        <source>Preliminary diagnosis</source>
        <translation>初步诊断</translation>
    </message>
    <message>
        <source>Pending observation</source>
        <translation>待观察说明</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆圈</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到店接待</translation>
    </message>
    <message>
        <source>Intake inspection</source>
        <translation>接车检查</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Print and sign</source>
        <translation>打印与签字</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接车工作台</translation>
    </message>
    <message>
        <source>Leave reception</source>
        <translation>离开接车工作台</translation>
    </message>
    <message>
        <source>Appointment · %1 %2 · %3</source>
        <translation>预约 · %1 %2 · %3</translation>
    </message>
    <message>
        <source>New reception: book an appointment or receive a walk-in.</source>
        <translation>新接待：登记预约或直接接待到店客户。</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 · Owner (first contact): %5 · Preferences: %6</source>
        <translation>%1 · %2 %3 · %4 · 首问负责人：%5 · 服务偏好：%6</translation>
    </message>
</context>
<context>
    <name>ReceptionBookingForm</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>预约渠道</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Service preferences</source>
        <translation>服务偏好</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>消息语言</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店信息</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Desired time</source>
        <translation>期望到店时间</translation>
    </message>
    <message>
        <source>Vehicle / product</source>
        <translation>车辆 / 产品</translation>
    </message>
    <message>
        <source>Serviced item</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号（VIN）</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Service clocks</source>
        <translation>服务时限</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
</context>
<context>
    <name>ReceptionIntakeForm</name>
    <message>
        <source>Exterior damage: tap a zone</source>
        <translation>外观损伤：点击部位</translation>
    </message>
    <message>
        <source>Note on the damage (optional)</source>
        <translation>损伤备注（可选）</translation>
    </message>
    <message>
        <source>Mark damage</source>
        <translation>标记损伤</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>照片批注</translation>
    </message>
    <message>
        <source>Note text, then tap the photo</source>
        <translation>输入文字后点击照片</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Save markup</source>
        <translation>保存批注</translation>
    </message>
    <message>
        <source>On-site check with the customer</source>
        <translation>与客户现场检查</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>身份已确认</translation>
    </message>
    <message>
        <source>Appointment confirmed</source>
        <translation>预约已确认</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Fuel level</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <source>e.g. none / sunglasses in the glovebox</source>
        <translation>例：无 / 手套箱内有墨镜</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙数量</translation>
    </message>
    <message>
        <source>Abnormal noise</source>
        <translation>有异响</translation>
    </message>
    <message>
        <source>Starts / powers on normally</source>
        <translation>可正常启动 / 开机</translation>
    </message>
    <message>
        <source>Fault reproduction</source>
        <translation>故障复现</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>现象记录</translation>
    </message>
    <message>
        <source>Save check</source>
        <translation>保存检查</translation>
    </message>
    <message>
        <source>OBD code / tester</source>
        <translation>OBD故障码 / 测试值</translation>
    </message>
    <message>
        <source>e.g. P0301</source>
        <translation>例：P0301</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>添加读数</translation>
    </message>
    <message>
        <source>Preliminary diagnosis</source>
        <translation>初步诊断</translation>
    </message>
    <message>
        <source>Save diagnosis</source>
        <translation>保存诊断</translation>
    </message>
    <message>
        <source>Pending observation</source>
        <translation>待观察说明</translation>
    </message>
    <message>
        <source>Not shown: pending observation</source>
        <translation>故障未出现：记为待观察</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>QC inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Searching…</source>
        <translation>搜索中…</translation>
    </message>
    <message>
        <source>No case matches “%1”. Check the spelling, or search by the last digits of the phone or plate.</source>
        <translation>没有与“%1”匹配的工单。请检查输入，或按手机号、车牌的末几位搜索。</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>暂无工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>原厂件</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>认证件</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 工时</translation>
    </message>
    <message>
        <source>(clock)</source>
        <translation>（计时）</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Warranty rework, not billed</source>
        <translation>保修返修免收</translation>
    </message>
    <message>
        <source>VAT on the differences</source>
        <translation>增值税（随差额变化）</translation>
    </message>
    <message>
        <source>Tax follows the differences</source>
        <translation>税额随上述差额变化</translation>
    </message>
    <message>
        <source>Settlement · %1</source>
        <translation>结算 · %1</translation>
    </message>
    <message>
        <source>e.g. hidden fault found, part added</source>
        <translation>如：拆检发现隐患，加换××</translation>
    </message>
    <message>
        <source>No line differs from the signed estimate.</source>
        <translation>各项目与客户签字的预估一致。</translation>
    </message>
    <message>
        <source>Same as the signed estimate.</source>
        <translation>实际费用与预估一致。</translation>
    </message>
    <message>
        <source>%1 difference(s) explain %2 exactly.</source>
        <translation>%1 项差异，合计正好 %2。</translation>
    </message>
    <message>
        <source>Estimate %1 · To pay &lt;b&gt;%2&lt;/b&gt; · Change %3</source>
        <translation>预估 %1 · 应付 &lt;b&gt;%2&lt;/b&gt; · 与预估相差 %3</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>（纸质签字）</translation>
    </message>
    <message>
        <source>on the pad</source>
        <translation>（签字板签字）</translation>
    </message>
    <message>
        <source>Version %1 signed by %2 %3: final, never changed.</source>
        <translation>第 %1 版已由 %2 签字%3，不可再修改。</translation>
    </message>
    <message>
        <source>Version %1 recorded, waiting for the customer&apos;s signature.</source>
        <translation>第 %1 版已保存，等待客户签字。</translation>
    </message>
    <message>
        <source>Go through the sheet with the customer, then sign version %1.</source>
        <translation>请与客户逐项核对结算单，再签署第 %1 版。</translation>
    </message>
    <message>
        <source>Record the settlement first.</source>
        <translation>请先保存结算。</translation>
    </message>
    <message>
        <source>Your limit: %1 yuan</source>
        <translation>您的优惠权限：%1 元</translation>
    </message>
    <message>
        <source>Settlement recorded.</source>
        <translation>结算已保存。</translation>
    </message>
    <message>
        <source>Generating PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Settlement sheet version %1, %2 page(s).</source>
        <translation>服务结算单第 %1 版，共 %2 页。</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
    <message>
        <source>Signed. The case can be delivered.</source>
        <translation>已签字，可以交车。</translation>
    </message>
    <message>
        <source>Photo or scan of the signed sheet</source>
        <translation>已签字结算单的照片或扫描件</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>正在识别二维码…</translation>
    </message>
    <message>
        <source>Filed on the case.</source>
        <translation>已归档到工单。</translation>
    </message>
</context>
<context>
    <name>SettlementPageForm</name>
    <message>
        <source>Go to delivery</source>
        <translation>去交车</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>1 · Settlement from the actual work</source>
        <translation>1 · 按实际作业结算</translation>
    </message>
    <message>
        <source>Actual items: parts fitted and labor done</source>
        <translation>实际项目：已安装配件与已完成工时</translation>
    </message>
    <message>
        <source>Differences from the signed estimate</source>
        <translation>与客户签字预估的差异</translation>
    </message>
    <message>
        <source>Reason of each difference (told to the customer)</source>
        <translation>每项差异的原因（向客户说明）</translation>
    </message>
    <message>
        <source>Discount and compensation</source>
        <translation>优惠与补偿</translation>
    </message>
    <message>
        <source>Discount (yuan)</source>
        <translation>优惠（元）</translation>
    </message>
    <message>
        <source>Reason of the discount</source>
        <translation>优惠原因</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>补偿（元）</translation>
    </message>
    <message>
        <source>Reason, e.g. late delivery</source>
        <translation>原因，如：延误交车</translation>
    </message>
    <message>
        <source>Record the settlement</source>
        <translation>保存结算</translation>
    </message>
    <message>
        <source>2 · Settlement sheet and signature</source>
        <translation>2 · 结算单与客户签字</translation>
    </message>
    <message>
        <source>Settlement sheet</source>
        <translation>服务结算单</translation>
    </message>
    <message>
        <source>Show the settlement sheet</source>
        <translation>查看结算单</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sign on screen</source>
        <translation>在屏幕上签字</translation>
    </message>
    <message>
        <source>Scan signed paper…</source>
        <translation>扫描纸质签字单…</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>Welcome to ServiceBay</source>
        <translation>欢迎使用 ServiceBay</translation>
    </message>
    <message>
        <source>This workstation has no dealer yet. Set up your dealer, or try the demo workshop first.</source>
        <translation>本工作站尚未设置经销商。请创建您的经销商，或先试用演示车间。</translation>
    </message>
    <message>
        <source>Set up a real dealer</source>
        <translation>创建经销商</translation>
    </message>
    <message>
        <source>Dealer code</source>
        <translation>经销商代码</translation>
    </message>
    <message>
        <source>e.g. SZ01</source>
        <translation>例如 SZ01</translation>
    </message>
    <message>
        <source>Dealer name</source>
        <translation>经销商名称</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>e.g. Service desk 1</source>
        <translation>例如 服务前台1</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4到8位数字</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <source>Create dealer</source>
        <translation>创建经销商</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>演示车间</translation>
    </message>
    <message>
        <source>Creates a demo dealer with staff in every role and cases in every state, so you can look around. The logins are shown when it is ready.</source>
        <translation>创建一个演示经销商，包含各岗位员工和各种状态的工单，方便您熟悉系统。完成后将显示登录信息。</translation>
    </message>
    <message>
        <source>Create the demo workshop</source>
        <translation>创建演示车间</translation>
    </message>
    <message>
        <source>Continue to login</source>
        <translation>前往登录</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Please fill in every field.</source>
        <translation>请填写所有字段。</translation>
    </message>
    <message>
        <source>The two PINs differ. Please enter them again.</source>
        <translation>两次输入的 PIN 码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>That did not work because of an error in ServiceBay; a report was saved.</source>
        <translation>由于 ServiceBay 内部错误，操作未完成；已保存错误报告。</translation>
    </message>
    <message>
        <source>Creating the demo workshop…</source>
        <translation>正在创建演示车间…</translation>
    </message>
    <message numerus="yes">
        <source>The demo workshop is ready with %n case(s). Log in with one of these PINs:</source>
        <translation>
            <numerusform>演示车间已就绪，共 %n 个工单。请使用以下 PIN 码登录：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skill</name>
    <message>
        <source>Engine</source>
        <translation>发动机</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Brakes</source>
        <translation>制动</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>钣金</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>喷漆</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>家电</translation>
    </message>
    <message>
        <source>Refrigeration</source>
        <translation>制冷</translation>
    </message>
</context>
<context>
    <name>SlaRule</name>
    <message>
        <source>A2 confirm appointment (15 min)</source>
        <translation>A2 确认预约（15分钟）</translation>
    </message>
    <message>
        <source>A3 fast track (1 h)</source>
        <translation>A3 快速通道（1小时）</translation>
    </message>
    <message>
        <source>P3 reply (2 h)</source>
        <translation>P3 回复（2小时）</translation>
    </message>
    <message>
        <source>P3 urgent reply (30 min)</source>
        <translation>P3 紧急回复（30分钟）</translation>
    </message>
    <message>
        <source>W1 dispatch (5 min)</source>
        <translation>W1 派工（5分钟）</translation>
    </message>
    <message>
        <source>W1 urgent start (30 min)</source>
        <translation>W1 紧急开工（30分钟）</translation>
    </message>
    <message>
        <source>W4 hourly update</source>
        <translation>W4 每小时反馈进度</translation>
    </message>
    <message>
        <source>W5 delay notice (30 min ahead)</source>
        <translation>W5 延迟提前告知（30分钟）</translation>
    </message>
    <message>
        <source>P3 urgent</source>
        <translation>P3紧急</translation>
    </message>
    <message>
        <source>W1 urgent</source>
        <translation>W1紧急</translation>
    </message>
</context>
<context>
    <name>SlaStatus</name>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
</context>
<context>
    <name>SyncInboxDialog</name>
    <message>
        <source>Sync: to review</source>
        <translation>同步：待处理</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标记为已处理</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Click for sync details</source>
        <translation>点击查看同步详情</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 项更改待同步</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>fix the clock (nothing is lost)</source>
        <translation>请校准时钟（数据不会丢失）</translation>
    </message>
    <message>
        <source>Uploading %1 MB</source>
        <translation>正在上传 %1 MB</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 项待处理</translation>
    </message>
    <message>
        <source>Conflict in %1.%2: kept %3, overwritten %4</source>
        <translation>同步冲突 %1.%2：保留“%3”，被覆盖“%4”</translation>
    </message>
    <message>
        <source>Refused by head office (%1): %2 %3</source>
        <translation>总部拒绝（%1）：%2 %3</translation>
    </message>
    <message>
        <source>Signed case changed since signing: re-sign required</source>
        <translation>已签字的工单在签字后被修改：需重新签字</translation>
    </message>
    <message>
        <source>Sync alarm: %1</source>
        <translation>同步警报：%1</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Enrolled: %1 (dealer %2)</source>
        <translation>已登记：%1（经销商 %2）</translation>
    </message>
    <message>
        <source>Not enrolled: this workstation works on its own</source>
        <translation>未登记：本工作站独立运行</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书文件 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Enter the server address and the code.</source>
        <translation>请输入服务器地址和登记码。</translation>
    </message>
</context>
<context>
    <name>SyncSettingsForm</name>
    <message>
        <source>Head-office sync</source>
        <translation>总部同步</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>待同步的更改</translation>
    </message>
    <message>
        <source>Photos and videos waiting</source>
        <translation>待上传的照片和视频</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Review conflicts and refusals</source>
        <translation>处理冲突和被拒记录</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <source>Enroll this workstation with head office</source>
        <translation>将本工作站登记到总部</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>登记码</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>Only if your dealer uses its own (PEM)</source>
        <translation>仅当经销商使用自己的证书时填写（PEM）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// address (testing on a trusted network only)</source>
        <translation>允许未加密的 http:// 地址（仅限在受信任的网络中测试）</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>TeamLeadHomeForm</name>
    <message>
        <source>Team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Open dispatch board</source>
        <translation>打开派工看板</translation>
    </message>
    <message>
        <source>Confirmed cases waiting for dispatch</source>
        <translation>已确认待派工的工单</translation>
    </message>
    <message>
        <source>Technicians and their load</source>
        <translation>技师及工作量</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Assign to technician</source>
        <translation>分配给技师</translation>
    </message>
</context>
<context>
    <name>TeamLeadHomePage</name>
    <message>
        <source>Select a case first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <source>%1 dispatched: the workshop has it now.</source>
        <translation>%1 已派工：车间已接单。</translation>
    </message>
    <message>
        <source>Select a case and a technician.</source>
        <translation>请选择工单和技师。</translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation>%1 已派给 %2。</translation>
    </message>
</context>
<context>
    <name>TechnicianHomeForm</name>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>打开作业</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
</context>
<context>
    <name>TechnicianHomePage</name>
    <message>
        <source>Work started on %1.</source>
        <translation>%1 已开工。</translation>
    </message>
    <message>
        <source>%1 paused.</source>
        <translation>%1 已暂停。</translation>
    </message>
    <message>
        <source>Work resumed on %1.</source>
        <translation>%1 已恢复施工。</translation>
    </message>
    <message>
        <source>%1 finished: it goes to QC now.</source>
        <translation>%1 已完工：转交质检。</translation>
    </message>
</context>
<context>
    <name>TechnicianJobForm</name>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>◀ My jobs</source>
        <translation>◀ 我的工单</translation>
    </message>
    <message>
        <source>Key steps</source>
        <translation>关键工序</translation>
    </message>
    <message>
        <source>Labor lines: job clock</source>
        <translation>工时项目：作业计时</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Finish line</source>
        <translation>本项完工</translation>
    </message>
    <message>
        <source>Job done: to QC</source>
        <translation>作业完成：送质检</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Scan the packaging, or type the part number and press Enter</source>
        <translation>扫描包装条码，或输入配件编号后按回车</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Fit the chosen line</source>
        <translation>安装所选配件</translation>
    </message>
    <message>
        <source>Photo from file…</source>
        <translation>从文件选照片…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交给客户</translation>
    </message>
    <message>
        <source>Bay camera</source>
        <translation>工位摄像头</translation>
    </message>
    <message>
        <source>Read codes</source>
        <translation>识别条码</translation>
    </message>
    <message>
        <source>Qty (1)</source>
        <translation>数量（1）</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>追加项目</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>已给客户看</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Catalogue code</source>
        <translation>目录编号</translation>
    </message>
    <message>
        <source>Part number or labor code</source>
        <translation>配件编号或工时代码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Or free text</source>
        <translation>或手写</translation>
    </message>
    <message>
        <source>What the part is</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <source>Part number (OEM, certified)</source>
        <translation>配件编号（原厂、认证件必填）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Add extra line</source>
        <translation>添加追加项目</translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Paper sheet…</source>
        <translation>纸质签字单…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Record the customer&apos;s approval</source>
        <translation>记录客户确认</translation>
    </message>
</context>
<context>
    <name>TechnicianJobPage</name>
    <message>
        <source>Extra: %1</source>
        <translation>追加：%1</translation>
    </message>
    <message>
        <source>Source…</source>
        <translation>配件来源…</translation>
    </message>
    <message>
        <source>Hold the packaging&apos;s QR code or barcode in front of the bay camera and press “Read codes”; “Take photo” stores the packaging photo of the chosen fitted part.</source>
        <translation>把配件包装上的二维码或条码对准工位摄像头，按“识别条码”；“拍照”保存所选已装配件的包装照片。</translation>
    </message>
    <message>
        <source>The first line started starts the job; the last line finished sends it to QC.</source>
        <translation>第一个项目开始即开工；最后一个项目完工即送质检。</translation>
    </message>
    <message>
        <source>The catalogue has no manual reference for it.</source>
        <translation>目录中没有该作业的维修手册索引。</translation>
    </message>
    <message>
        <source>Operation reference: %1</source>
        <translation>操作规范：%1</translation>
    </message>
    <message>
        <source>Key operation: record the key steps (W3).</source>
        <translation>关键作业：请记录关键工序（W3）。</translation>
    </message>
    <message>
        <source>Choose a labor line first.</source>
        <translation>请先选择工时项目。</translation>
    </message>
    <message>
        <source>Clock started: %1</source>
        <translation>开始计时：%1</translation>
    </message>
    <message>
        <source>Clock paused: %1</source>
        <translation>暂停计时：%1</translation>
    </message>
    <message>
        <source>Clock resumed: %1</source>
        <translation>继续计时：%1</translation>
    </message>
    <message>
        <source>Line finished: %1</source>
        <translation>项目完工：%1</translation>
    </message>
    <message>
        <source>Job done: it goes to QC now.</source>
        <translation>作业完成，已送质检。</translation>
    </message>
    <message>
        <source>Fitted: %1. Keep its packaging for the customer.</source>
        <translation>已安装：%1。请保留包装给客户查看。</translation>
    </message>
    <message>
        <source>Choose a part line first.</source>
        <translation>请先选择配件项目。</translation>
    </message>
    <message>
        <source>Packaging of %1: %2</source>
        <translation>%1 的包装：%2</translation>
    </message>
    <message>
        <source>Photo of the packaging</source>
        <translation>包装照片</translation>
    </message>
    <message>
        <source>Packaging photo stored.</source>
        <translation>包装照片已保存。</translation>
    </message>
    <message>
        <source>Choose the fitted part the photo shows.</source>
        <translation>请选择照片对应的已装配件。</translation>
    </message>
    <message>
        <source>Enter a catalogue code or describe the part.</source>
        <translation>请输入目录编号或填写配件名称。</translation>
    </message>
    <message>
        <source>Extra line added: the customer approves it before it is fitted.</source>
        <translation>已添加追加项目：客户确认后才能安装。</translation>
    </message>
    <message>
        <source>The customer&apos;s approval is recorded: the extra lines may be done.</source>
        <translation>已记录客户确认：追加项目可以施工。</translation>
    </message>
    <message>
        <source>Photo or scan of the signed sheet</source>
        <translation>客户签字单的照片或扫描件</translation>
    </message>
</context>
<context>
    <name>TechnicianLane</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <source>Front bumper</source>
        <translation>前保险杠</translation>
    </message>
    <message>
        <source>Hood</source>
        <translation>发动机盖</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>车顶</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>后备箱</translation>
    </message>
    <message>
        <source>Rear bumper</source>
        <translation>后保险杠</translation>
    </message>
    <message>
        <source>Left front door</source>
        <translation>左前门</translation>
    </message>
    <message>
        <source>Left rear door</source>
        <translation>左后门</translation>
    </message>
    <message>
        <source>Right front door</source>
        <translation>右前门</translation>
    </message>
    <message>
        <source>Right rear door</source>
        <translation>右后门</translation>
    </message>
    <message>
        <source>Left front fender</source>
        <translation>左前翼子板</translation>
    </message>
    <message>
        <source>Right front fender</source>
        <translation>右前翼子板</translation>
    </message>
    <message>
        <source>Left rear fender</source>
        <translation>左后翼子板</translation>
    </message>
    <message>
        <source>Right rear fender</source>
        <translation>右后翼子板</translation>
    </message>
    <message>
        <source>Windshield</source>
        <translation>前挡风玻璃</translation>
    </message>
    <message>
        <source>Left mirror</source>
        <translation>左后视镜</translation>
    </message>
    <message>
        <source>Right mirror</source>
        <translation>右后视镜</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>车轮</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>内饰</translation>
    </message>
    <message>
        <source>Front panel</source>
        <translation>前面板</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>底座</translation>
    </message>
</context>
</TS>
