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
        <source>Continue reception of selected case</source>
        <translation>继续接车（所选工单）</translation>
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
        <source>Hours booked</source>
        <translation>已排工时</translation>
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
    <name>Desk</name>
    <message>
        <source>Customer inquiries · %1 overdue</source>
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
    <name>Job</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
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
        <source>No rule below its target.</source>
        <translation>所有规则均达到目标。</translation>
    </message>
    <message>
        <source>Weak spots (target %1, change vs previous quarter): %2</source>
        <translation>薄弱环节（目标 %1，括号内为较上季度变化）：%2</translation>
    </message>
    <message>
        <source>Raise %1 to target</source>
        <translation>将“%1”提升到目标</translation>
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
        <source>SLA compliance (click a row for the missed cases)</source>
        <translation>时限达标情况（点击一行查看未达标工单）</translation>
    </message>
    <message>
        <source>Waiting time per stage (click a row for the slowest cases)</source>
        <translation>各环节等待时间（点击一行查看最慢的工单）</translation>
    </message>
    <message>
        <source>Improvement action for the worst weak spot</source>
        <translation>为最薄弱环节创建改进措施</translation>
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
        <source>Workshop overview</source>
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
        <source>Key step photo</source>
        <translation>关键步骤照片</translation>
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
        <source>QC checklist (D1)</source>
        <translation>质检清单（D1）</translation>
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
        <source>Notes (required when QC fails)</source>
        <translation>备注（质检不合格时必填）</translation>
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
        <source>QC passed</source>
        <translation>质检合格</translation>
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
        <source>Fault did not show: pending observation</source>
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
        <source>Source of a free-text part…</source>
        <translation>手写配件的来源…</translation>
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
