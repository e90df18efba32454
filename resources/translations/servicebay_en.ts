<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminHomeForm</name>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Staff and workstation</source>
            <translation>Staff and workstation</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Add a staff member</source>
            <translation>Add a staff member</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 to 8 digits</translation>
        </message>
        <message>
            <source>Repeat the PIN</source>
            <translation>Repeat the PIN</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>Service advisor</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>QC inspector</source>
            <translation>QC inspector</translation>
        </message>
        <message>
            <source>Service manager</source>
            <translation>Service manager</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Add staff member</translation>
        </message>
        <message>
            <source>This workstation</source>
            <translation>This workstation</translation>
        </message>
        <message>
            <source>Lock after idle (minutes)</source>
            <translation>Lock after idle (minutes)</translation>
        </message>
    </context>
    <context>
        <name>AdminHomePage</name>
        <message>
            <source>Head-office sync…</source>
            <translation>Head-office sync…</translation>
        </message>
        <message>
            <source>Dealer settings…</source>
            <translation>Dealer settings…</translation>
        </message>
        <message>
            <source>Give a name and at least one role.</source>
            <translation>Give a name and at least one role.</translation>
        </message>
        <message>
            <source>The two PINs differ. Please enter them again.</source>
            <translation>The two PINs differ. Please enter them again.</translation>
        </message>
    </context>
    <context>
        <name>AdvisorHomeForm</name>
        <message>
            <source>Service advisor</source>
            <translation>Service advisor</translation>
        </message>
        <message>
            <source>Today's appointments</source>
            <translation>Today's appointments</translation>
        </message>
        <message>
            <source>My open cases</source>
            <translation>My open cases</translation>
        </message>
        <message>
            <source>Customer inquiries waiting for a reply</source>
            <translation>Customer inquiries waiting for a reply</translation>
        </message>
    </context>
    <context>
        <name>AdvisorHomePage</name>
        <message>
            <source>Reception desk</source>
            <translation>Reception desk</translation>
        </message>
        <message>
            <source>Continue reception</source>
            <translation>Continue reception</translation>
        </message>
        <message>
            <source>Settle / deliver</source>
            <translation>Settle / deliver</translation>
        </message>
        <message>
            <source>Settle / deliver selected case</source>
            <translation>Settle / deliver selected case</translation>
        </message>
        <message>
            <source>Select a finished case (QC or ready for delivery) in “My open cases”.</source>
            <translation>Select a finished case (QC or ready for delivery) in “My open cases”.</translation>
        </message>
        <message>
            <source>Select a case in “My open cases” first.</source>
            <translation>Select a case in “My open cases” first.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentState</name>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>Approval</name>
        <message>
            <source>Remote approval</source>
            <translation>Remote approval</translation>
        </message>
        <message>
            <source>Signature pad</source>
            <translation>Signature pad</translation>
        </message>
        <message>
            <source>Signed paper sheet</source>
            <translation>Signed paper sheet</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
    </context>
    <context>
        <name>CaseActionDialog</name>
        <message>
            <source>Hand %1 over to another service advisor. The customer is told who looks after them now (P2).</source>
            <translation>Hand %1 over to another service advisor. The customer is told who looks after them now (P2).</translation>
        </message>
        <message>
            <source>Cancel %1. Say why: the reason is kept on the case.</source>
            <translation>Cancel %1. Say why: the reason is kept on the case.</translation>
        </message>
        <message>
            <source>Record the customer's complaint about %1.</source>
            <translation>Record the customer's complaint about %1.</translation>
        </message>
        <message>
            <source>Record a complaint taken at the front desk (no case): find the customer by phone.</source>
            <translation>Record a complaint taken at the front desk (no case): find the customer by phone.</translation>
        </message>
        <message>
            <source>Open a rework case for %1: urgent, owned by the same advisor, linked to it.</source>
            <translation>Open a rework case for %1: urgent, owned by the same advisor, linked to it.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>What came back</source>
            <translation>What came back</translation>
        </message>
        <message>
            <source>Hand over the case</source>
            <translation>Hand over the case</translation>
        </message>
        <message>
            <source>Cancel the case</source>
            <translation>Cancel the case</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Comeback</source>
            <translation>Comeback</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>Please fill in: %1</translation>
        </message>
        <message>
            <source>Choose the advisor who takes the case over.</source>
            <translation>Choose the advisor who takes the case over.</translation>
        </message>
    </context>
    <context>
        <name>CaseActionDialogForm</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Customer's phone</source>
            <translation>Customer's phone</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Urgent: reply within 30 minutes (P3)</source>
            <translation>Urgent: reply within 30 minutes (P3)</translation>
        </message>
        <message>
            <source>Under warranty: not billed to the customer</source>
            <translation>Under warranty: not billed to the customer</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>%1 handed over.</source>
            <translation>%1 handed over.</translation>
        </message>
        <message>
            <source>%1 cancelled.</source>
            <translation>%1 cancelled.</translation>
        </message>
        <message>
            <source>Complaint recorded on %1.</source>
            <translation>Complaint recorded on %1.</translation>
        </message>
        <message>
            <source>Rework case opened for %1.</source>
            <translation>Rework case opened for %1.</translation>
        </message>
        <message>
            <source>Complaint recorded.</source>
            <translation>Complaint recorded.</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailForm</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Continue reception</source>
            <translation>Continue reception</translation>
        </message>
        <message>
            <source>Feedback and close</source>
            <translation>Feedback and close</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Dispatch board</source>
            <translation>Dispatch board</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>QC inspection</source>
            <translation>QC inspection</translation>
        </message>
        <message>
            <source>Revise estimate</source>
            <translation>Revise estimate</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Hand over</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Comeback</source>
            <translation>Comeback</translation>
        </message>
        <message>
            <source>Cancel case</source>
            <translation>Cancel case</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Preferences (P1)</source>
            <translation>Preferences (P1)</translation>
        </message>
        <message>
            <source>Contact by</source>
            <translation>Contact by</translation>
        </message>
        <message>
            <source>Vehicle / product</source>
            <translation>Vehicle / product</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>VIN / serial</source>
            <translation>VIN / serial</translation>
        </message>
        <message>
            <source>Mileage</source>
            <translation>Mileage</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Promised</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <source>SLA clocks</source>
            <translation>SLA clocks</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailPage</name>
        <message>
            <source>Comeback of %1</source>
            <translation>Comeback of %1</translation>
        </message>
        <message>
            <source>under warranty: not billed</source>
            <translation>under warranty: not billed</translation>
        </message>
        <message>
            <source> (warranty)</source>
            <translation> (warranty)</translation>
        </message>
        <message>
            <source>Comebacks: %1</source>
            <translation>Comebacks: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s)</source>
            <translation>
                <numerusform>%n complaint(s)</numerusform>
                <numerusform>%n complaint(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Complaints (%1)</source>
            <translation>Complaints (%1)</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Mandatory</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Owner: %1 (%2)</source>
            <translation>Owner: %1 (%2)</translation>
        </message>
        <message>
            <source>Needs operating guidance</source>
            <translation>Needs operating guidance</translation>
        </message>
        <message>
            <source>Prefers speed</source>
            <translation>Prefers speed</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>None recorded</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <source>fuel %1</source>
            <translation>fuel %1</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n key(s)</numerusform>
                <numerusform>%n key(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending observation: %1</source>
            <translation>Pending observation: %1</translation>
        </message>
        <message>
            <source>QC failed: %1</source>
            <translation>QC failed: %1</translation>
        </message>
        <message>
            <source>signed version %1</source>
            <translation>signed version %1</translation>
        </message>
        <message>
            <source>not signed yet</source>
            <translation>not signed yet</translation>
        </message>
        <message>
            <source>Labor %1 · Parts %2 · Discount %3 · Tax %4 · Total %5 · Declined %6 · Estimate v%7, %8</source>
            <translation>Labor %1 · Parts %2 · Discount %3 · Tax %4 · Total %5 · Declined %6 · Estimate v%7, %8</translation>
        </message>
    </context>
    <context>
        <name>CaseProgress</name>
        <message>
            <source>Not due (job not over 2 h)</source>
            <translation>Not due (job not over 2 h)</translation>
        </message>
        <message>
            <source>Late: less than 30 minutes ahead (W5 missed)</source>
            <translation>Late: less than 30 minutes ahead (W5 missed)</translation>
        </message>
    </context>
    <context>
        <name>CaseProgressForm</name>
        <message>
            <source>Progress and promise</source>
            <translation>Progress and promise</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Promised completion (W5)</source>
            <translation>Promised completion (W5)</translation>
        </message>
        <message>
            <source>Set promise</source>
            <translation>Set promise</translation>
        </message>
        <message>
            <source>Only the first promise or an earlier one; a later one is a delay notice.</source>
            <translation>Only the first promise or an earlier one; a later one is a delay notice.</translation>
        </message>
        <message>
            <source>Progress updates (W4)</source>
            <translation>Progress updates (W4)</translation>
        </message>
        <message>
            <source>What the customer hears, e.g. disassembly done, about 1.5 h more</source>
            <translation>What the customer hears, e.g. disassembly done, about 1.5 h more</translation>
        </message>
        <message>
            <source>Send update</source>
            <translation>Send update</translation>
        </message>
        <message>
            <source>Delay notice (W5)</source>
            <translation>Delay notice (W5)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Details the customer reads</source>
            <translation>Details the customer reads</translation>
        </message>
        <message>
            <source>New completion time</source>
            <translation>New completion time</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Late notice: send anyway, as a W5 miss</source>
            <translation>Late notice: send anyway, as a W5 miss</translation>
        </message>
        <message>
            <source>Send delay notice</source>
            <translation>Send delay notice</translation>
        </message>
        <message>
            <source>Delay notices and the customer's answers</source>
            <translation>Delay notices and the customer's answers</translation>
        </message>
        <message>
            <source>What the customer said</source>
            <translation>What the customer said</translation>
        </message>
        <message>
            <source>Record answer</source>
            <translation>Record answer</translation>
        </message>
    </context>
    <context>
        <name>CaseProgressPage</name>
        <message>
            <source>Less than 30 minutes before the promised time the notice is late (W5).</source>
            <translation>Less than 30 minutes before the promised time the notice is late (W5).</translation>
        </message>
        <message>
            <source>No promise yet</source>
            <translation>No promise yet</translation>
        </message>
        <message>
            <source>Work not started yet.</source>
            <translation>Work not started yet.</translation>
        </message>
        <message>
            <source>Work started %1 · %2 h worked of %3 h estimated</source>
            <translation>Work started %1 · %2 h worked of %3 h estimated</translation>
        </message>
        <message>
            <source>Now promised: %1</source>
            <translation>Now promised: %1</translation>
        </message>
        <message>
            <source>Choose the reason…</source>
            <translation>Choose the reason…</translation>
        </message>
        <message>
            <source>Customer's answer…</source>
            <translation>Customer's answer…</translation>
        </message>
        <message>
            <source>Start from a template…</source>
            <translation>Start from a template…</translation>
        </message>
        <message>
            <source>Choose a compensation…</source>
            <translation>Choose a compensation…</translation>
        </message>
        <message>
            <source>%1: promised completion time set.</source>
            <translation>%1: promised completion time set.</translation>
        </message>
        <message>
            <source>%1: progress update queued for the customer.</source>
            <translation>%1: progress update queued for the customer.</translation>
        </message>
        <message>
            <source>%1: delay notice queued for the customer; new promise set.</source>
            <translation>%1: delay notice queued for the customer; new promise set.</translation>
        </message>
        <message>
            <source>Select a delay notice first.</source>
            <translation>Select a delay notice first.</translation>
        </message>
        <message>
            <source>%1: the customer's answer is recorded.</source>
            <translation>%1: the customer's answer is recorded.</translation>
        </message>
    </context>
    <context>
        <name>CaseSearchModel</name>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>CaseState</name>
        <message>
            <source>Reception</source>
            <translation>Reception</translation>
        </message>
        <message>
            <source>Inspecting</source>
            <translation>Inspecting</translation>
        </message>
        <message>
            <source>Pending observation</source>
            <translation>Pending observation</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Estimated</translation>
        </message>
        <message>
            <source>Awaiting signature</source>
            <translation>Awaiting signature</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>In work</source>
            <translation>In work</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>QC</source>
            <translation>QC</translation>
        </message>
        <message>
            <source>Ready for delivery</source>
            <translation>Ready for delivery</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>In store</source>
            <translation>In store</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>400 hotline</source>
            <translation>400 hotline</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Qty / hours</source>
            <translation>Qty / hours</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Mandatory</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Clock</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Vehicle / product</source>
            <translation>Vehicle / product</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Promised</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Rework: %1</source>
            <translation>Rework: %1</translation>
        </message>
        <message>
            <source>Confirmed at</source>
            <translation>Confirmed at</translation>
        </message>
        <message>
            <source>Skill level</source>
            <translation>Skill level</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Active jobs</source>
            <translation>Active jobs</translation>
        </message>
        <message>
            <source>Est. hours</source>
            <translation>Est. hours</translation>
        </message>
        <message>
            <source>Bay</source>
            <translation>Bay</translation>
        </message>
        <message>
            <source>Technicians</source>
            <translation>Technicians</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>Hours booked</source>
            <translation>Hours booked</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>On shift</source>
            <translation>On shift</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>QC note</source>
            <translation>QC note</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Median (min)</source>
            <translation>Median (min)</translation>
        </message>
        <message>
            <source>90th percentile (min)</source>
            <translation>90th percentile (min)</translation>
        </message>
        <message>
            <source>Vehicle / appliance</source>
            <translation>Vehicle / appliance</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Median to resolve (h)</source>
            <translation>Median to resolve (h)</translation>
        </message>
        <message>
            <source>Scored</source>
            <translation>Scored</translation>
        </message>
        <message>
            <source>Average (1–5)</source>
            <translation>Average (1–5)</translation>
        </message>
        <message>
            <source>Scored 3 or less</source>
            <translation>Scored 3 or less</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>Weak spot</source>
            <translation>Weak spot</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>vs previous</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Worked</translation>
        </message>
        <message>
            <source>Part number</source>
            <translation>Part number</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Fitted</source>
            <translation>Fitted</translation>
        </message>
        <message>
            <source>Fitted part</source>
            <translation>Fitted part</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Packaging</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Extra line</source>
            <translation>Extra line</translation>
        </message>
        <message>
            <source>Part no. / labor code</source>
            <translation>Part no. / labor code</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Estimated</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Sent at</source>
            <translation>Sent at</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Told at</source>
            <translation>Told at</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Promise</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Reply (P3)</source>
            <translation>Reply (P3)</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>Compensation</name>
        <message>
            <source>Free car wash</source>
            <translation>Free car wash</translation>
        </message>
        <message>
            <source>1-month extended warranty</source>
            <translation>1-month extended warranty</translation>
        </message>
        <message>
            <source>10% off labor</source>
            <translation>10% off labor</translation>
        </message>
        <message>
            <source>Courtesy car</source>
            <translation>Courtesy car</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCategory</name>
        <message>
            <source>Waiting time</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Work quality</source>
            <translation>Work quality</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ComplaintState</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>Being handled</translation>
        </message>
        <message>
            <source>Resolved, awaiting the customer</source>
            <translation>Resolved, awaiting the customer</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsButton</name>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Complaints: %1 open · %2 late · %3 awaiting</source>
            <translation>Complaints: %1 open · %2 late · %3 awaiting</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPage</name>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Choose a complaint in the list.</source>
            <translation>Choose a complaint in the list.</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <source>Reply due (P3): %1</source>
            <translation>Reply due (P3): %1</translation>
        </message>
        <message>
            <source> (urgent)</source>
            <translation> (urgent)</translation>
        </message>
        <message>
            <source>Resolution: %1</source>
            <translation>Resolution: %1</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>satisfied</translation>
        </message>
        <message>
            <source>not satisfied</source>
            <translation>not satisfied</translation>
        </message>
        <message>
            <source>Customer's answer: %1 (%2)</source>
            <translation>Customer's answer: %1 (%2)</translation>
        </message>
        <message>
            <source>No action recorded yet.</source>
            <translation>No action recorded yet.</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>Please fill in: %1</translation>
        </message>
        <message>
            <source>the action taken</source>
            <translation>the action taken</translation>
        </message>
        <message>
            <source>Action recorded.</source>
            <translation>Action recorded.</translation>
        </message>
        <message>
            <source>the resolution</source>
            <translation>the resolution</translation>
        </message>
        <message>
            <source>Complaint resolved.</source>
            <translation>Complaint resolved.</translation>
        </message>
        <message>
            <source>the customer's answer</source>
            <translation>the customer's answer</translation>
        </message>
        <message>
            <source>Complaint closed.</source>
            <translation>Complaint closed.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPageForm</name>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>New complaint (front desk)</source>
            <translation>New complaint (front desk)</translation>
        </message>
        <message>
            <source>Open the case</source>
            <translation>Open the case</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Action taken (call, inspection, goodwill …)</source>
            <translation>Action taken (call, inspection, goodwill …)</translation>
        </message>
        <message>
            <source>Record action</source>
            <translation>Record action</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>The customer's answer</source>
            <translation>The customer's answer</translation>
        </message>
        <message>
            <source>Customer satisfied</source>
            <translation>Customer satisfied</translation>
        </message>
        <message>
            <source>Close with the answer</source>
            <translation>Close with the answer</translation>
        </message>
    </context>
    <context>
        <name>ConsentMethod</name>
        <message>
            <source>At signing the confirmation</source>
            <translation>At signing the confirmation</translation>
        </message>
        <message>
            <source>In person at the bay</source>
            <translation>In person at the bay</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>By phone</translation>
        </message>
        <message>
            <source>By text or app message</source>
            <translation>By text or app message</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>A report was saved to %1. Please send it to your dealer's IT contact.</source>
            <translation>A report was saved to %1. Please send it to your dealer's IT contact.</translation>
        </message>
        <message>
            <source>The report could not be saved.</source>
            <translation>The report could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialogForm</name>
        <message>
            <source>ServiceBay stopped working</source>
            <translation>ServiceBay stopped working</translation>
        </message>
        <message>
            <source>Sorry, ServiceBay hit an error it did not expect. Your saved work is safe in the database.</source>
            <translation>Sorry, ServiceBay hit an error it did not expect. Your saved work is safe in the database.</translation>
        </message>
    </context>
    <context>
        <name>DamageKind</name>
        <message>
            <source>Scratch</source>
            <translation>Scratch</translation>
        </message>
        <message>
            <source>Dent</source>
            <translation>Dent</translation>
        </message>
        <message>
            <source>Crack</source>
            <translation>Crack</translation>
        </message>
        <message>
            <source>Deformation</source>
            <translation>Deformation</translation>
        </message>
        <message>
            <source>Missing part</source>
            <translation>Missing part</translation>
        </message>
    </context>
    <context>
        <name>DealerSettingsForm</name>
        <message>
            <source>Dealer settings</source>
            <translation>Dealer settings</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Settlement and delivery (P4, D4, D5)</source>
            <translation>Settlement and delivery (P4, D4, D5)</translation>
        </message>
        <message>
            <source>Labor billed by</source>
            <translation>Labor billed by</translation>
        </message>
        <message>
            <source>Advisors' discount limit (yuan)</source>
            <translation>Advisors' discount limit (yuan)</translation>
        </message>
        <message>
            <source>Service interval (months)</source>
            <translation>Service interval (months)</translation>
        </message>
        <message>
            <source>Service interval (km)</source>
            <translation>Service interval (km)</translation>
        </message>
        <message>
            <source>Service reminder sent (days before)</source>
            <translation>Service reminder sent (days before)</translation>
        </message>
        <message>
            <source>Each advisor's own discount limit (D4)</source>
            <translation>Each advisor's own discount limit (D4)</translation>
        </message>
        <message>
            <source>Yuan (empty: the dealer's limit)</source>
            <translation>Yuan (empty: the dealer's limit)</translation>
        </message>
        <message>
            <source>Set limit</source>
            <translation>Set limit</translation>
        </message>
        <message>
            <source>Value-added services at delivery (D6)</source>
            <translation>Value-added services at delivery (D6)</translation>
        </message>
        <message>
            <source>A service, e.g. free car wash</source>
            <translation>A service, e.g. free car wash</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <source>Compensation offered for a delay (W5)</source>
            <translation>Compensation offered for a delay (W5)</translation>
        </message>
        <message>
            <source>A compensation, e.g. a free oil change</source>
            <translation>A compensation, e.g. a free oil change</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Add to the list</translation>
        </message>
        <message>
            <source>Retire the chosen one</source>
            <translation>Retire the chosen one</translation>
        </message>
    </context>
    <context>
        <name>DealerSettingsPage</name>
        <message>
            <source>Standard hours of the catalogue</source>
            <translation>Standard hours of the catalogue</translation>
        </message>
        <message>
            <source>Job clock (hours actually worked)</source>
            <translation>Job clock (hours actually worked)</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (retired)</translation>
        </message>
        <message>
            <source>%1: %2 yuan (own limit)</source>
            <translation>%1: %2 yuan (own limit)</translation>
        </message>
        <message>
            <source>%1: %2 yuan (the dealer's limit)</source>
            <translation>%1: %2 yuan (the dealer's limit)</translation>
        </message>
        <message>
            <source>Discount limit saved.</source>
            <translation>Discount limit saved.</translation>
        </message>
        <message>
            <source>Type the service to add first.</source>
            <translation>Type the service to add first.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Retired: no longer offered; earlier notices still show it.</source>
            <translation>Retired: no longer offered; earlier notices still show it.</translation>
        </message>
        <message>
            <source>Compensation added to the list.</source>
            <translation>Compensation added to the list.</translation>
        </message>
    </context>
    <context>
        <name>Decision</name>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
    </context>
    <context>
        <name>DelayAnswer</name>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
    </context>
    <context>
        <name>DelayReason</name>
        <message>
            <source>Part out of stock</source>
            <translation>Part out of stock</translation>
        </message>
        <message>
            <source>Hidden fault found</source>
            <translation>Hidden fault found</translation>
        </message>
        <message>
            <source>Waiting for the customer's approval</source>
            <translation>Waiting for the customer's approval</translation>
        </message>
        <message>
            <source>Equipment or bay not available</source>
            <translation>Equipment or bay not available</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPage</name>
        <message>
            <source>Delivery · %1</source>
            <translation>Delivery · %1</translation>
        </message>
        <message>
            <source>or at %1 km, whichever comes first</source>
            <translation>or at %1 km, whichever comes first</translation>
        </message>
        <message>
            <source>Delivered. Hand over the documents below.</source>
            <translation>Delivered. Hand over the documents below.</translation>
        </message>
        <message>
            <source>QC passed and the settlement is signed: go through the checklist.</source>
            <translation>QC passed and the settlement is signed: go through the checklist.</translation>
        </message>
        <message>
            <source>— the customer chooses —</source>
            <translation>— the customer chooses —</translation>
        </message>
        <message>
            <source>Hand over to the customer</source>
            <translation>Hand over to the customer</translation>
        </message>
        <message>
            <source>Leave with the dealer for disposal</source>
            <translation>Leave with the dealer for disposal</translation>
        </message>
        <message>
            <source>demonstrate the repair</source>
            <translation>demonstrate the repair</translation>
        </message>
        <message>
            <source>go through the settlement</source>
            <translation>go through the settlement</translation>
        </message>
        <message>
            <source>show the old parts</source>
            <translation>show the old parts</translation>
        </message>
        <message>
            <source>show the packaging</source>
            <translation>show the packaging</translation>
        </message>
        <message>
            <source>Delivered. Printing the documents…</source>
            <translation>Delivered. Printing the documents…</translation>
        </message>
        <message>
            <source>Repair record, warranty card and maintenance advice printed.</source>
            <translation>Repair record, warranty card and maintenance advice printed.</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Sent to the printer</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPageForm</name>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Acceptance with the customer</source>
            <translation>Acceptance with the customer</translation>
        </message>
        <message>
            <source>Repair demonstrated (D2)</source>
            <translation>Repair demonstrated (D2)</translation>
        </message>
        <message>
            <source>Settlement explained (D4)</source>
            <translation>Settlement explained (D4)</translation>
        </message>
        <message>
            <source>Old parts shown, reasons told (D3)</source>
            <translation>Old parts shown, reasons told (D3)</translation>
        </message>
        <message>
            <source>Packaging shown (W2)</source>
            <translation>Packaging shown (W2)</translation>
        </message>
        <message>
            <source>Old parts: the customer's choice (D3)</source>
            <translation>Old parts: the customer's choice (D3)</translation>
        </message>
        <message>
            <source>No part was replaced: there are no old parts to show.</source>
            <translation>No part was replaced: there are no old parts to show.</translation>
        </message>
        <message>
            <source>Value-added services done (D6)</source>
            <translation>Value-added services done (D6)</translation>
        </message>
        <message>
            <source>The dealer offers no value-added services.</source>
            <translation>The dealer offers no value-added services.</translation>
        </message>
        <message>
            <source>Next service (D5)</source>
            <translation>Next service (D5)</translation>
        </message>
        <message>
            <source>Deliver to the customer</source>
            <translation>Deliver to the customer</translation>
        </message>
        <message>
            <source>Documents handed over (D5)</source>
            <translation>Documents handed over (D5)</translation>
        </message>
        <message>
            <source>Repair record</source>
            <translation>Repair record</translation>
        </message>
        <message>
            <source>Warranty card</source>
            <translation>Warranty card</translation>
        </message>
        <message>
            <source>Maintenance advice</source>
            <translation>Maintenance advice</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>In store</translation>
        </message>
        <message>
            <source>Official app</source>
            <translation>Official app</translation>
        </message>
        <message>
            <source>400 hotline</source>
            <translation>400 hotline</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Nobody is on duty or on shift: customers wait until the roster is filled</source>
            <translation>Nobody is on duty or on shift: customers wait until the roster is filled</translation>
        </message>
        <message>
            <source>On duty now: %1</source>
            <translation>On duty now: %1</translation>
        </message>
        <message>
            <source>Answering now (on shift): %1</source>
            <translation>Answering now (on shift): %1</translation>
        </message>
        <message>
            <source>Reply clock</source>
            <translation>Reply clock</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Urgent · 30 min</source>
            <translation>Urgent · 30 min</translation>
        </message>
        <message>
            <source>General · 2 h</source>
            <translation>General · 2 h</translation>
        </message>
        <message>
            <source>Overdue inquiries: %1. Reply now (P3)</source>
            <translation>Overdue inquiries: %1. Reply now (P3)</translation>
        </message>
        <message>
            <source>Tap an inquiry on the board to reply.</source>
            <translation>Tap an inquiry on the board to reply.</translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2: %3</translation>
        </message>
        <message>
            <source>App message</source>
            <translation>App message</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>On duty</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Reached by</source>
            <translation>Reached by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Week of %1 – %2</source>
            <translation>Week of %1 – %2</translation>
        </message>
        <message>
            <source>%1 – next day %2</source>
            <translation>%1 – next day %2</translation>
        </message>
        <message>
            <source>Nobody on duty</source>
            <translation>Nobody on duty</translation>
        </message>
        <message>
            <source>Not planned</source>
            <translation>Not planned</translation>
        </message>
        <message>
            <source>On duty now</source>
            <translation>On duty now</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Take %1 off the roster for %2 %3?</source>
            <translation>Take %1 off the roster for %2 %3?</translation>
        </message>
        <message>
            <source>Remove duty</source>
            <translation>Remove duty</translation>
        </message>
        <message>
            <source>Appointment reminder</source>
            <translation>Appointment reminder</translation>
        </message>
        <message>
            <source>Progress update</source>
            <translation>Progress update</translation>
        </message>
        <message>
            <source>Delay notice</source>
            <translation>Delay notice</translation>
        </message>
        <message>
            <source>Ready for pick-up</source>
            <translation>Ready for pick-up</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Dealer name</source>
            <translation>Dealer name</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>Service advisor</translation>
        </message>
        <message>
            <source>Advisor phone</source>
            <translation>Advisor phone</translation>
        </message>
        <message>
            <source>Appointment time</source>
            <translation>Appointment time</translation>
        </message>
        <message>
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>New completion time</source>
            <translation>New completion time</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Changed, not saved yet</source>
            <translation>Changed, not saved yet</translation>
        </message>
        <message>
            <source>Standard text</source>
            <translation>Standard text</translation>
        </message>
        <message>
            <source>The dealer's own text</source>
            <translation>The dealer's own text</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Save template</translation>
        </message>
        <message>
            <source>This text cannot be sent as it is.</source>
            <translation>This text cannot be sent as it is.</translation>
        </message>
        <message>
            <source>%1 characters, about %2 text message(s)</source>
            <translation>%1 characters, about %2 text message(s)</translation>
        </message>
        <message>
            <source>Customer inquiries</source>
            <translation>Customer inquiries</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>Inquiries</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Inquiries · %1 overdue</source>
            <translation>Inquiries · %1 overdue</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>Message templates</translation>
        </message>
    </context>
    <context>
        <name>DeskInquiriesForm</name>
        <message>
            <source>Log an inquiry</source>
            <translation>Log an inquiry</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <source>Optional: 11 digits</source>
            <translation>Optional: 11 digits</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>What does the customer want to know?</source>
            <translation>What does the customer want to know?</translation>
        </message>
        <message>
            <source>Urgent: reply within 30 minutes</source>
            <translation>Urgent: reply within 30 minutes</translation>
        </message>
        <message>
            <source>Log inquiry</source>
            <translation>Log inquiry</translation>
        </message>
        <message>
            <source>Open inquiries (P3: urgent 30 min, general 2 h)</source>
            <translation>Open inquiries (P3: urgent 30 min, general 2 h)</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>The answer given to the customer</source>
            <translation>The answer given to the customer</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Send reply</translation>
        </message>
    </context>
    <context>
        <name>DeskPageForm</name>
        <message>
            <source>Front desk</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <source>Customer inquiries</source>
            <translation>Customer inquiries</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>Message templates</translation>
        </message>
        <message>
            <source>Back to home</source>
            <translation>Back to home</translation>
        </message>
    </context>
    <context>
        <name>DeskRosterForm</name>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ Previous week</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>Next week ▶</translation>
        </message>
        <message>
            <source>Remove selected duty</source>
            <translation>Remove selected duty</translation>
        </message>
        <message>
            <source>Only the service manager or the administrator changes the roster.</source>
            <translation>Only the service manager or the administrator changes the roster.</translation>
        </message>
        <message>
            <source>Add a duty</source>
            <translation>Add a duty</translation>
        </message>
        <message>
            <source>Tonight 18:00 – 08:30</source>
            <translation>Tonight 18:00 – 08:30</translation>
        </message>
        <message>
            <source>One day later</source>
            <translation>One day later</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Reached by</source>
            <translation>Reached by</translation>
        </message>
        <message>
            <source>Add to roster</source>
            <translation>Add to roster</translation>
        </message>
    </context>
    <context>
        <name>DeskTemplatesForm</name>
        <message>
            <source>Appointment reminder</source>
            <translation>Appointment reminder</translation>
        </message>
        <message>
            <source>Progress update</source>
            <translation>Progress update</translation>
        </message>
        <message>
            <source>Delay notice</source>
            <translation>Delay notice</translation>
        </message>
        <message>
            <source>Ready for pick-up</source>
            <translation>Ready for pick-up</translation>
        </message>
        <message>
            <source>Placeholders: tap to insert at the cursor</source>
            <translation>Placeholders: tap to insert at the cursor</translation>
        </message>
        <message>
            <source>Preview with sample values</source>
            <translation>Preview with sample values</translation>
        </message>
        <message>
            <source>Only the service manager or the administrator changes message texts.</source>
            <translation>Only the service manager or the administrator changes message texts.</translation>
        </message>
        <message>
            <source>Back to the standard text</source>
            <translation>Back to the standard text</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Save template</translation>
        </message>
    </context>
    <context>
        <name>DifferenceKind</name>
        <message>
            <source>Any difference (cases)</source>
            <translation>Any difference (cases)</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Tax</translation>
        </message>
        <message>
            <source>Warranty rework, not billed</source>
            <translation>Warranty rework, not billed</translation>
        </message>
    </context>
    <context>
        <name>Difficulty</name>
        <message>
            <source>1 · Routine</source>
            <translation>1 · Routine</translation>
        </message>
        <message>
            <source>2 · Standard</source>
            <translation>2 · Standard</translation>
        </message>
        <message>
            <source>3 · Complex</source>
            <translation>3 · Complex</translation>
        </message>
        <message>
            <source>4 · Expert</source>
            <translation>4 · Expert</translation>
        </message>
        <message>
            <source>5 · Specialist</source>
            <translation>5 · Specialist</translation>
        </message>
    </context>
    <context>
        <name>DispatchBoard</name>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>On urgent job %1</source>
            <translation>On urgent job %1</translation>
        </message>
        <message>
            <source>Off today</source>
            <translation>Off today</translation>
        </message>
        <message>
            <source>On shift %1</source>
            <translation>On shift %1</translation>
        </message>
        <message>
            <source>Off shift (%1)</source>
            <translation>Off shift (%1)</translation>
        </message>
    </context>
    <context>
        <name>DispatchBoardForm</name>
        <message>
            <source>Dispatch board</source>
            <translation>Dispatch board</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Drag a case onto a technician, or select it and tap the technician.</source>
            <translation>Drag a case onto a technician, or select it and tap the technician.</translation>
        </message>
        <message>
            <source>Waiting for a technician (urgent and safety first)</source>
            <translation>Waiting for a technician (urgent and safety first)</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulty</translation>
        </message>
        <message>
            <source>Promised completion</source>
            <translation>Promised completion</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>Dispatch with this promise</source>
            <translation>Dispatch with this promise</translation>
        </message>
        <message>
            <source>Technicians: today's shift and load</source>
            <translation>Technicians: today's shift and load</translation>
        </message>
        <message>
            <source>Bays</source>
            <translation>Bays</translation>
        </message>
    </context>
    <context>
        <name>DispatchBoardPage</name>
        <message>
            <source>Select a case first.</source>
            <translation>Select a case first.</translation>
        </message>
        <message>
            <source>The promised completion time must be later than now.</source>
            <translation>The promised completion time must be later than now.</translation>
        </message>
        <message>
            <source>%1 dispatched: the workshop has it now.</source>
            <translation>%1 dispatched: the workshop has it now.</translation>
        </message>
        <message>
            <source>Select a waiting case first, then tap the technician.</source>
            <translation>Select a waiting case first, then tap the technician.</translation>
        </message>
        <message>
            <source>%1 is not on shift now. Why assign this case to %1?</source>
            <translation>%1 is not on shift now. Why assign this case to %1?</translation>
        </message>
        <message>
            <source>%1 is on urgent job %2. Why assign this case too?</source>
            <translation>%1 is on urgent job %2. Why assign this case too?</translation>
        </message>
        <message>
            <source>%1 assigned to %2.</source>
            <translation>%1 assigned to %2.</translation>
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>Service work order</source>
            <translation>Service work order</translation>
        </message>
        <message>
            <source>Service Item Confirmation Sheet</source>
            <translation>Service Item Confirmation Sheet</translation>
        </message>
        <message>
            <source>Settlement sheet</source>
            <translation>Settlement sheet</translation>
        </message>
        <message>
            <source>Delivery acceptance</source>
            <translation>Delivery acceptance</translation>
        </message>
        <message>
            <source>Repair record</source>
            <translation>Repair record</translation>
        </message>
        <message>
            <source>Parts warranty card</source>
            <translation>Parts warranty card</translation>
        </message>
        <message>
            <source>Maintenance advice</source>
            <translation>Maintenance advice</translation>
        </message>
    </context>
    <context>
        <name>Event</name>
        <message>
            <source>Case opened</source>
            <translation>Case opened</translation>
        </message>
        <message>
            <source>Technician assigned</source>
            <translation>Technician assigned</translation>
        </message>
        <message>
            <source>Owner handed over</source>
            <translation>Owner handed over</translation>
        </message>
        <message>
            <source>Part fitted</source>
            <translation>Part fitted</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>Damage marked</source>
            <translation>Damage marked</translation>
        </message>
        <message>
            <source>Diagnosis recorded</source>
            <translation>Diagnosis recorded</translation>
        </message>
        <message>
            <source>Progress update sent</source>
            <translation>Progress update sent</translation>
        </message>
        <message>
            <source>Complaint opened</source>
            <translation>Complaint opened</translation>
        </message>
        <message>
            <source>Inspection started</source>
            <translation>Inspection started</translation>
        </message>
        <message>
            <source>Pending observation</source>
            <translation>Pending observation</translation>
        </message>
        <message>
            <source>Inspection resumed</source>
            <translation>Inspection resumed</translation>
        </message>
        <message>
            <source>Estimate made</source>
            <translation>Estimate made</translation>
        </message>
        <message>
            <source>Signature requested</source>
            <translation>Signature requested</translation>
        </message>
        <message>
            <source>Estimate revised</source>
            <translation>Estimate revised</translation>
        </message>
        <message>
            <source>Confirmation sheet signed</source>
            <translation>Confirmation sheet signed</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Work started</source>
            <translation>Work started</translation>
        </message>
        <message>
            <source>Work paused</source>
            <translation>Work paused</translation>
        </message>
        <message>
            <source>Work resumed</source>
            <translation>Work resumed</translation>
        </message>
        <message>
            <source>Work finished</source>
            <translation>Work finished</translation>
        </message>
        <message>
            <source>QC passed</source>
            <translation>QC passed</translation>
        </message>
        <message>
            <source>QC failed</source>
            <translation>QC failed</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Key step recorded</source>
            <translation>Key step recorded</translation>
        </message>
        <message>
            <source>Customer's answer to key-step photos</source>
            <translation>Customer's answer to key-step photos</translation>
        </message>
        <message>
            <source>Completion time promised</source>
            <translation>Completion time promised</translation>
        </message>
        <message>
            <source>Delay announced</source>
            <translation>Delay announced</translation>
        </message>
        <message>
            <source>Estimate line added</source>
            <translation>Estimate line added</translation>
        </message>
        <message>
            <source>Estimate line removed</source>
            <translation>Estimate line removed</translation>
        </message>
        <message>
            <source>Customer decision recorded</source>
            <translation>Customer decision recorded</translation>
        </message>
        <message>
            <source>Feedback recorded</source>
            <translation>Feedback recorded</translation>
        </message>
        <message>
            <source>Rework opened</source>
            <translation>Rework opened</translation>
        </message>
        <message>
            <source>Rework</source>
            <translation>Rework</translation>
        </message>
        <message>
            <source>Settlement sheet signed</source>
            <translation>Settlement sheet signed</translation>
        </message>
        <message>
            <source>Inspection recorded</source>
            <translation>Inspection recorded</translation>
        </message>
        <message>
            <source>Fault reproduced</source>
            <translation>Fault reproduced</translation>
        </message>
        <message>
            <source>Diagnostic reading</source>
            <translation>Diagnostic reading</translation>
        </message>
        <message>
            <source>Photo or clip attached</source>
            <translation>Photo or clip attached</translation>
        </message>
        <message>
            <source>Document printed</source>
            <translation>Document printed</translation>
        </message>
        <message>
            <source>Signed sheet scanned</source>
            <translation>Signed sheet scanned</translation>
        </message>
        <message>
            <source>Photo marked up</source>
            <translation>Photo marked up</translation>
        </message>
        <message>
            <source>Work on a line started</source>
            <translation>Work on a line started</translation>
        </message>
        <message>
            <source>Work on a line paused</source>
            <translation>Work on a line paused</translation>
        </message>
        <message>
            <source>Work on a line resumed</source>
            <translation>Work on a line resumed</translation>
        </message>
        <message>
            <source>Work on a line finished</source>
            <translation>Work on a line finished</translation>
        </message>
        <message>
            <source>Part packaging handled</source>
            <translation>Part packaging handled</translation>
        </message>
        <message>
            <source>Extra work approved by the customer</source>
            <translation>Extra work approved by the customer</translation>
        </message>
        <message>
            <source>Customer's answer to the delay</source>
            <translation>Customer's answer to the delay</translation>
        </message>
        <message>
            <source>Case updated</source>
            <translation>Case updated</translation>
        </message>
    </context>
    <context>
        <name>EventDetail</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>with the customer's consent</source>
            <translation>with the customer's consent</translation>
        </message>
        <message>
            <source>without consent</source>
            <translation>without consent</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>risk acknowledged by the customer</source>
            <translation>risk acknowledged by the customer</translation>
        </message>
        <message>
            <source>customer declined to rate</source>
            <translation>customer declined to rate</translation>
        </message>
        <message>
            <source>fault reproduced</source>
            <translation>fault reproduced</translation>
        </message>
        <message>
            <source>fault not reproduced</source>
            <translation>fault not reproduced</translation>
        </message>
        <message>
            <source>Mileage</source>
            <translation>Mileage</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Completion</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulty</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>round %1</source>
            <translation>round %1</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>FeedbackCategory</name>
        <message>
            <source>Waiting time</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>Cleanliness</translation>
        </message>
    </context>
    <context>
        <name>FeedbackChannel</name>
        <message>
            <source>At delivery</source>
            <translation>At delivery</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>Follow-up call</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Give the overall score (1–5), or tick the refusal.</source>
            <translation>Give the overall score (1–5), or tick the refusal.</translation>
        </message>
        <message>
            <source>Feedback recorded for %1.</source>
            <translation>Feedback recorded for %1.</translation>
        </message>
        <message>
            <source>%1 closed.</source>
            <translation>%1 closed.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPageForm</name>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Customer feedback (P5)</source>
            <translation>Customer feedback (P5)</translation>
        </message>
        <message>
            <source>Scores (1 = poor, 5 = excellent)</source>
            <translation>Scores (1 = poor, 5 = excellent)</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Waiting time</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>Cleanliness</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>The customer declines to give feedback</source>
            <translation>The customer declines to give feedback</translation>
        </message>
        <message>
            <source>Record feedback</source>
            <translation>Record feedback</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>A case closes only with the customer's feedback or their recorded refusal (P5).</source>
            <translation>A case closes only with the customer's feedback or their recorded refusal (P5).</translation>
        </message>
        <message>
            <source>Feedback recorded</source>
            <translation>Feedback recorded</translation>
        </message>
    </context>
    <context>
        <name>FloorAttentionForm</name>
        <message>
            <source>Progress updates and delay notices due (W4, W5)</source>
            <translation>Progress updates and delay notices due (W4, W5)</translation>
        </message>
        <message>
            <source>Double-click: open the case's progress page</source>
            <translation>Double-click: open the case's progress page</translation>
        </message>
    </context>
    <context>
        <name>FollowUpBlockForm</name>
        <message>
            <source>Follow-up calls due (P5 feedback a few days after delivery)</source>
            <translation>Follow-up calls due (P5 feedback a few days after delivery)</translation>
        </message>
    </context>
    <context>
        <name>Fuel</name>
        <message>
            <source>Full</source>
            <translation>Full</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Empty</translation>
        </message>
    </context>
    <context>
        <name>ImprovementStatus</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (overdue)</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
    </context>
    <context>
        <name>KeyStepsForm</name>
        <message>
            <source>Key steps</source>
            <translation>Key steps</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Key steps (W3)</source>
            <translation>Key steps (W3)</translation>
        </message>
        <message>
            <source>Customer's consent to photos and video</source>
            <translation>Customer's consent to photos and video</translation>
        </message>
        <message>
            <source>Customer agrees</source>
            <translation>Customer agrees</translation>
        </message>
        <message>
            <source>Customer refuses</source>
            <translation>Customer refuses</translation>
        </message>
        <message>
            <source>New key step</source>
            <translation>New key step</translation>
        </message>
        <message>
            <source>What is done (e.g. caliper removed)</source>
            <translation>What is done (e.g. caliper removed)</translation>
        </message>
        <message>
            <source>Record step</source>
            <translation>Record step</translation>
        </message>
        <message>
            <source>Bay camera: photos and video go to the selected step.</source>
            <translation>Bay camera: photos and video go to the selected step.</translation>
        </message>
    </context>
    <context>
        <name>KeyStepsPage</name>
        <message>
            <source>No answer on record yet: ask the customer before any photo or video.</source>
            <translation>No answer on record yet: ask the customer before any photo or video.</translation>
        </message>
        <message>
            <source>Customer agreed %1, recorded by %2 at %3.</source>
            <translation>Customer agreed %1, recorded by %2 at %3.</translation>
        </message>
        <message>
            <source>Customer refused %1, recorded by %2 at %3: no photos or video.</source>
            <translation>Customer refused %1, recorded by %2 at %3: no photos or video.</translation>
        </message>
        <message>
            <source>Key operation: %1</source>
            <translation>Key operation: %1</translation>
        </message>
        <message>
            <source>Other step of this job</source>
            <translation>Other step of this job</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo(s)</numerusform>
                <numerusform>%n photo(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>video %1 s</source>
            <translation>video %1 s</translation>
        </message>
        <message>
            <source>no photo or video</source>
            <translation>no photo or video</translation>
        </message>
        <message>
            <source>with consent</source>
            <translation>with consent</translation>
        </message>
        <message>
            <source>without consent</source>
            <translation>without consent</translation>
        </message>
        <message>
            <source>The customer's answer is recorded.</source>
            <translation>The customer's answer is recorded.</translation>
        </message>
        <message>
            <source>Step recorded without photos or video: the customer refused.</source>
            <translation>Step recorded without photos or video: the customer refused.</translation>
        </message>
        <message>
            <source>Step recorded: take a photo or record a video of it.</source>
            <translation>Step recorded: take a photo or record a video of it.</translation>
        </message>
        <message>
            <source>Record or select a step first.</source>
            <translation>Record or select a step first.</translation>
        </message>
        <message>
            <source>Video attached to the step.</source>
            <translation>Video attached to the step.</translation>
        </message>
        <message>
            <source>Photo attached to the step.</source>
            <translation>Photo attached to the step.</translation>
        </message>
    </context>
    <context>
        <name>KpiStage</name>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>QC</source>
            <translation>QC</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
    </context>
    <context>
        <name>KpiTargetsForm</name>
        <message>
            <source>The dealer's KPI targets</source>
            <translation>The dealer's KPI targets</translation>
        </message>
        <message>
            <source>A time rule is a weak spot when its share on time falls below the target; a stage when nine cases in ten wait longer than its target. The defaults come from the service standard.</source>
            <translation>A time rule is a weak spot when its share on time falls below the target; a stage when nine cases in ten wait longer than its target. The defaults come from the service standard.</translation>
        </message>
        <message>
            <source>Share on time per rule</source>
            <translation>Share on time per rule</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Longest wait of nine cases in ten per stage</source>
            <translation>Longest wait of nine cases in ten per stage</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Standard's defaults</source>
            <translation>Standard's defaults</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Save targets</source>
            <translation>Save targets</translation>
        </message>
    </context>
    <context>
        <name>LineClock</name>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
    </context>
    <context>
        <name>LineKind</name>
        <message>
            <source>Labor</source>
            <translation>Labor</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>LiveRefresh</name>
        <message>
            <source>Updated %1</source>
            <translation>Updated %1</translation>
        </message>
    </context>
    <context>
        <name>LoadingPage</name>
        <message>
            <source>Opening the workstation database…</source>
            <translation>Opening the workstation database…</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Who is working?</source>
            <translation>Who is working?</translation>
        </message>
        <message>
            <source>Tap your name.</source>
            <translation>Tap your name.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Delete the last digit</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <source>Enter your PIN.</source>
            <translation>Enter your PIN.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Logged in: %1 · %2</source>
            <translation>Logged in: %1 · %2</translation>
        </message>
        <message>
            <source>Nobody logged in</source>
            <translation>Nobody logged in</translation>
        </message>
        <message>
            <source>Workstation: %1 (%2)</source>
            <translation>Workstation: %1 (%2)</translation>
        </message>
        <message>
            <source>Workstation: not set up</source>
            <translation>Workstation: not set up</translation>
        </message>
        <message>
            <source>Offline — not enrolled for head-office sync</source>
            <translation>Offline — not enrolled for head-office sync</translation>
        </message>
        <message>
            <source>ServiceBay</source>
            <translation>ServiceBay</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Switch between your roles</source>
            <translation>Switch between your roles</translation>
        </message>
        <message>
            <source>Search order no., plate, VIN, phone or customer name</source>
            <translation>Search order no., plate, VIN, phone or customer name</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>ManagerDashboard</name>
        <message>
            <source>Whole dealer</source>
            <translation>Whole dealer</translation>
        </message>
        <message>
            <source>Bay %1</source>
            <translation>Bay %1</translation>
        </message>
        <message>
            <source>Advisor %1</source>
            <translation>Advisor %1</translation>
        </message>
        <message>
            <source>Technician %1</source>
            <translation>Technician %1</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) opened in the period</source>
            <translation>
                <numerusform>%n case(s) opened in the period</numerusform>
                <numerusform>%n case(s) opened in the period</numerusform>
            </translation>
        </message>
        <message>
            <source>Feedback: %1 answers, average %2 of 5 (click a category for the cases scored 3 or less)</source>
            <translation>Feedback: %1 answers, average %2 of 5 (click a category for the cases scored 3 or less)</translation>
        </message>
        <message>
            <source>D4: %1 settled cases, %2 compared with their signed estimate, %3 differ: %4 yuan above, %5 yuan below the estimates (click a row for the cases)</source>
            <translation>D4: %1 settled cases, %2 compared with their signed estimate, %3 differ: %4 yuan above, %5 yuan below the estimates (click a row for the cases)</translation>
        </message>
        <message>
            <source>Most frequent reasons: %1</source>
            <translation>Most frequent reasons: %1</translation>
        </message>
        <message>
            <source>No rule or stage below its target.</source>
            <translation>No rule or stage below its target.</translation>
        </message>
        <message>
            <source>Weak spots against the targets (click for the cases)</source>
            <translation>Weak spots against the targets (click for the cases)</translation>
        </message>
        <message>
            <source>Bring %1 to its target</source>
            <translation>Bring %1 to its target</translation>
        </message>
        <message>
            <source>Improvement action created (due in 30 days).</source>
            <translation>Improvement action created (due in 30 days).</translation>
        </message>
        <message>
            <source>Building the quarterly report…</source>
            <translation>Building the quarterly report…</translation>
        </message>
        <message>
            <source>Report saved to %1</source>
            <translation>Report saved to %1</translation>
        </message>
        <message>
            <source>QC first pass: %1 of %2 cases (%3). Comebacks within 30 days: %4, within 90 days: %5 of %6 closed cases (first-time fix %7).</source>
            <translation>QC first pass: %1 of %2 cases (%3). Comebacks within 30 days: %4, within 90 days: %5 of %6 closed cases (first-time fix %7).</translation>
        </message>
        <message>
            <source>Delay notices: %1 on %2 cases (most often: %3). Declined recommendations: %4 of %5, safety-relevant %6 of %7.</source>
            <translation>Delay notices: %1 on %2 cases (most often: %3). Declined recommendations: %4 of %5, safety-relevant %6 of %7.</translation>
        </message>
        <message>
            <source>Share on time per rule (%)</source>
            <translation>Share on time per rule (%)</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message numerus="yes">
            <source>%n miss(es) with no case behind them (an inquiry, or an appointment that never arrived)</source>
            <translation>
                <numerusform>%n miss(es) with no case behind them (an inquiry, or an appointment that never arrived)</numerusform>
                <numerusform>%n miss(es) with no case behind them (an inquiry, or an appointment that never arrived)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManagerDashboardForm</name>
        <message>
            <source>KPI dashboard</source>
            <translation>KPI dashboard</translation>
        </message>
        <message>
            <source>Back to home</source>
            <translation>Back to home</translation>
        </message>
        <message>
            <source>Service figures</source>
            <translation>Service figures</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Whose figures</source>
            <translation>Whose figures</translation>
        </message>
        <message>
            <source>Quarterly report…</source>
            <translation>Quarterly report…</translation>
        </message>
        <message>
            <source>Build the quarter's improvement report (PDF), save it and print it</source>
            <translation>Build the quarter's improvement report (PDF), save it and print it</translation>
        </message>
        <message>
            <source>Weak spots</source>
            <translation>Weak spots</translation>
        </message>
        <message>
            <source>Time rules</source>
            <translation>Time rules</translation>
        </message>
        <message>
            <source>SLA compliance (click a row for the missed cases)</source>
            <translation>SLA compliance (click a row for the missed cases)</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Stages</translation>
        </message>
        <message>
            <source>Waiting time per stage (click a row for the slowest cases)</source>
            <translation>Waiting time per stage (click a row for the slowest cases)</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Complaints by category (click a row for their cases)</source>
            <translation>Complaints by category (click a row for their cases)</translation>
        </message>
        <message>
            <source>Targets…</source>
            <translation>Targets…</translation>
        </message>
        <message>
            <source>The dealer's targets per time rule and stage</source>
            <translation>The dealer's targets per time rule and stage</translation>
        </message>
        <message>
            <source>Improvement action…</source>
            <translation>Improvement action…</translation>
        </message>
        <message>
            <source>Create an improvement action for the selected weak spot (the worst when none is selected)</source>
            <translation>Create an improvement action for the selected weak spot (the worst when none is selected)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Improvement actions, open ones first (overdue ones marked); select one to update it</source>
            <translation>Improvement actions, open ones first (overdue ones marked); select one to update it</translation>
        </message>
        <message>
            <source>Notes on the selected action (what was done, what it changed)</source>
            <translation>Notes on the selected action (what was done, what it changed)</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>Save notes</translation>
        </message>
        <message>
            <source>Cases behind the figure (double-click to open)</source>
            <translation>Cases behind the figure (double-click to open)</translation>
        </message>
    </context>
    <context>
        <name>ManagerHomeForm</name>
        <message>
            <source>Service manager</source>
            <translation>Service manager</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>KPI dashboard</source>
            <translation>KPI dashboard</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>SLA overdue</source>
            <translation>SLA overdue</translation>
        </message>
        <message>
            <source>Opened today</source>
            <translation>Opened today</translation>
        </message>
        <message>
            <source>Delivered today</source>
            <translation>Delivered today</translation>
        </message>
        <message>
            <source>Cases by state</source>
            <translation>Cases by state</translation>
        </message>
        <message>
            <source>SLA alerts</source>
            <translation>SLA alerts</translation>
        </message>
    </context>
    <context>
        <name>ManagerHomePage</name>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message numerus="yes">
            <source>KPI dashboard (%n overdue improvement action(s))</source>
            <translation>
                <numerusform>KPI dashboard (%n overdue improvement action(s))</numerusform>
                <numerusform>KPI dashboard (%n overdue improvement action(s))</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaPurpose</name>
        <message>
            <source>Damage photo</source>
            <translation>Damage photo</translation>
        </message>
        <message>
            <source>Intake photo or clip</source>
            <translation>Intake photo or clip</translation>
        </message>
        <message>
            <source>Key step photo or clip</source>
            <translation>Key step photo or clip</translation>
        </message>
        <message>
            <source>QC evidence photo</source>
            <translation>QC evidence photo</translation>
        </message>
        <message>
            <source>Packaging photo</source>
            <translation>Packaging photo</translation>
        </message>
        <message>
            <source>Scanned signed sheet</source>
            <translation>Scanned signed sheet</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
    </context>
    <context>
        <name>OverrideReason</name>
        <message>
            <source>Only this technician knows this model</source>
            <translation>Only this technician knows this model</translation>
        </message>
        <message>
            <source>Customer waiting; the technician agreed to overtime</source>
            <translation>Customer waiting; the technician agreed to overtime</translation>
        </message>
        <message>
            <source>Short job between the steps of the urgent one</source>
            <translation>Short job between the steps of the urgent one</translation>
        </message>
        <message>
            <source>Choose a common reason…</source>
            <translation>Choose a common reason…</translation>
        </message>
    </context>
    <context>
        <name>OverrideReasonDialog</name>
        <message>
            <source>Write the reason: it is recorded.</source>
            <translation>Write the reason: it is recorded.</translation>
        </message>
    </context>
    <context>
        <name>OverrideReasonForm</name>
        <message>
            <source>Reason for this assignment</source>
            <translation>Reason for this assignment</translation>
        </message>
        <message>
            <source>Why this technician now (recorded on the assignment)</source>
            <translation>Why this technician now (recorded on the assignment)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Assign with this reason</source>
            <translation>Assign with this reason</translation>
        </message>
    </context>
    <context>
        <name>Packaging</name>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Shown to customer</source>
            <translation>Shown to customer</translation>
        </message>
        <message>
            <source>Handed to customer</source>
            <translation>Handed to customer</translation>
        </message>
        <message>
            <source>Disposed of</source>
            <translation>Disposed of</translation>
        </message>
    </context>
    <context>
        <name>PartEntry</name>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Chosen</translation>
        </message>
    </context>
    <context>
        <name>PartGrade</name>
        <message>
            <source>OEM</source>
            <translation>OEM</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>Certified</translation>
        </message>
        <message>
            <source>Aftermarket</source>
            <translation>Aftermarket</translation>
        </message>
    </context>
    <context>
        <name>PauseReason</name>
        <message>
            <source>Waiting for parts</source>
            <translation>Waiting for parts</translation>
        </message>
        <message>
            <source>Waiting for the customer's decision</source>
            <translation>Waiting for the customer's decision</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Break</translation>
        </message>
        <message>
            <source>Urgent job first</source>
            <translation>Urgent job first</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Needs operating guidance</source>
            <translation>Needs operating guidance</translation>
        </message>
        <message>
            <source>Prefers speed</source>
            <translation>Prefers speed</translation>
        </message>
    </context>
    <context>
        <name>ProgressTemplate</name>
        <message>
            <source>Disassembly done; %1 is damaged; about %2 h more.</source>
            <translation>Disassembly done; %1 is damaged; about %2 h more.</translation>
        </message>
        <message>
            <source>Parts fitted; testing now; about %2 h more.</source>
            <translation>Parts fitted; testing now; about %2 h more.</translation>
        </message>
        <message>
            <source>Waiting for %1 to arrive; work continues meanwhile.</source>
            <translation>Waiting for %1 to arrive; work continues meanwhile.</translation>
        </message>
        <message>
            <source>Work on schedule; ready by the promised time.</source>
            <translation>Work on schedule; ready by the promised time.</translation>
        </message>
    </context>
    <context>
        <name>QcCheck</name>
        <message>
            <source>Fault fully resolved (noise gone, works)</source>
            <translation>Fault fully resolved (noise gone, works)</translation>
        </message>
        <message>
            <source>Parts fitted firmly</source>
            <translation>Parts fitted firmly</translation>
        </message>
        <message>
            <source>Bolt torque to spec</source>
            <translation>Bolt torque to spec</translation>
        </message>
        <message>
            <source>No loose wiring or connectors</source>
            <translation>No loose wiring or connectors</translation>
        </message>
        <message>
            <source>Fluids at level, no leaks</source>
            <translation>Fluids at level, no leaks</translation>
        </message>
        <message>
            <source>Clean: oil and marks of the work removed</source>
            <translation>Clean: oil and marks of the work removed</translation>
        </message>
        <message>
            <source>Road test passed</source>
            <translation>Road test passed</translation>
        </message>
        <message>
            <source>Function test passed (power on, all modes)</source>
            <translation>Function test passed (power on, all modes)</translation>
        </message>
    </context>
    <context>
        <name>QcHomeForm</name>
        <message>
            <source>QC inspection</source>
            <translation>QC inspection</translation>
        </message>
        <message>
            <source>Waiting for QC</source>
            <translation>Waiting for QC</translation>
        </message>
        <message>
            <source>Quick fail: tick the checks that failed (D1)</source>
            <translation>Quick fail: tick the checks that failed (D1)</translation>
        </message>
        <message>
            <source>Fault fully resolved (noise gone, functions normal)</source>
            <translation>Fault fully resolved (noise gone, functions normal)</translation>
        </message>
        <message>
            <source>Parts installed firmly</source>
            <translation>Parts installed firmly</translation>
        </message>
        <message>
            <source>Bolt torque to spec</source>
            <translation>Bolt torque to spec</translation>
        </message>
        <message>
            <source>No loose wiring</source>
            <translation>No loose wiring</translation>
        </message>
        <message>
            <source>Clean (oil and marks from the work removed)</source>
            <translation>Clean (oil and marks from the work removed)</translation>
        </message>
        <message>
            <source>Why they failed (required for a fail)</source>
            <translation>Why they failed (required for a fail)</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>QC failed: rework</source>
            <translation>QC failed: rework</translation>
        </message>
        <message>
            <source>Inspect and pass…</source>
            <translation>Inspect and pass…</translation>
        </message>
    </context>
    <context>
        <name>QcHomePage</name>
        <message>
            <source>Re-inspection (round %1). Last time: %2</source>
            <translation>Re-inspection (round %1). Last time: %2</translation>
        </message>
        <message>
            <source>Select a case to inspect.</source>
            <translation>Select a case to inspect.</translation>
        </message>
        <message>
            <source>%1 passed QC: ready for delivery.</source>
            <translation>%1 passed QC: ready for delivery.</translation>
        </message>
        <message>
            <source>%1 failed QC: it goes back to the technician with your note.</source>
            <translation>%1 failed QC: it goes back to the technician with your note.</translation>
        </message>
    </context>
    <context>
        <name>QcInspectionForm</name>
        <message>
            <source>QC inspection</source>
            <translation>QC inspection</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>QC inspection (D1)</source>
            <translation>QC inspection (D1)</translation>
        </message>
        <message>
            <source>Key steps</source>
            <translation>Key steps</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Torque readings (N·m)</source>
            <translation>Torque readings (N·m)</translation>
        </message>
        <message>
            <source>Evidence photo: the fault is resolved</source>
            <translation>Evidence photo: the fault is resolved</translation>
        </message>
        <message>
            <source>Why the checks failed</source>
            <translation>Why the checks failed</translation>
        </message>
        <message>
            <source>Notes for the technician (optional)</source>
            <translation>Notes for the technician (optional)</translation>
        </message>
        <message>
            <source>Fail: back to the technician</source>
            <translation>Fail: back to the technician</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
    </context>
    <context>
        <name>QcInspectionPage</name>
        <message>
            <source>vehicle</source>
            <translation>vehicle</translation>
        </message>
        <message>
            <source>appliance</source>
            <translation>appliance</translation>
        </message>
        <message>
            <source>Fault: %1</source>
            <translation>Fault: %1</translation>
        </message>
        <message>
            <source>Worked on by: %1</source>
            <translation>Worked on by: %1</translation>
        </message>
        <message>
            <source>Round %1 %2 by %3 (%4): %5</source>
            <translation>Round %1 %2 by %3 (%4): %5</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>Rework so far: %1</source>
            <translation>Rework so far: %1</translation>
        </message>
        <message>
            <source>Evidence photos for this round: %1</source>
            <translation>Evidence photos for this round: %1</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Why it failed (required)</source>
            <translation>Why it failed (required)</translation>
        </message>
        <message>
            <source>You worked on this job: another inspector must inspect it (D1).</source>
            <translation>You worked on this job: another inspector must inspect it (D1).</translation>
        </message>
        <message>
            <source>Evidence photo added.</source>
            <translation>Evidence photo added.</translation>
        </message>
        <message>
            <source>%1 passed QC: the work record is sealed, ready for delivery.</source>
            <translation>%1 passed QC: the work record is sealed, ready for delivery.</translation>
        </message>
        <message>
            <source>%1 failed QC: it goes back to the technician as rework.</source>
            <translation>%1 failed QC: it goes back to the technician as rework.</translation>
        </message>
    </context>
    <context>
        <name>Reception</name>
        <message>
            <source>Needs operating guidance</source>
            <translation>Needs operating guidance</translation>
        </message>
        <message>
            <source>Prefers speed</source>
            <translation>Prefers speed</translation>
        </message>
        <message>
            <source>Contact by %1</source>
            <translation>Contact by %1</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Vehicle / product</source>
            <translation>Vehicle / product</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Confirmation clocks and reminder</source>
            <translation>Confirmation clocks and reminder</translation>
        </message>
        <message>
            <source>Find customer</source>
            <translation>Find customer</translation>
        </message>
        <message>
            <source>11-digit mobile number</source>
            <translation>11-digit mobile number</translation>
        </message>
        <message>
            <source>e.g. 粤B12345</source>
            <translation>e.g. 粤B12345</translation>
        </message>
        <message>
            <source>17 characters, check digit verified</source>
            <translation>17 characters, check digit verified</translation>
        </message>
        <message>
            <source>Urgent (won't start, broke down): 1 h fast track</source>
            <translation>Urgent (won't start, broke down): 1 h fast track</translation>
        </message>
        <message>
            <source>Technician visit instead of a bay</source>
            <translation>Technician visit instead of a bay</translation>
        </message>
        <message>
            <source>Book appointment</source>
            <translation>Book appointment</translation>
        </message>
        <message>
            <source>Confirm and send reminder</source>
            <translation>Confirm and send reminder</translation>
        </message>
        <message>
            <source>Walk-in: receive now</source>
            <translation>Walk-in: receive now</translation>
        </message>
        <message>
            <source>Arrange fast track</source>
            <translation>Arrange fast track</translation>
        </message>
        <message>
            <source>Valid: %1</source>
            <translation>Valid: %1</translation>
        </message>
        <message>
            <source>%1 of 17 characters</source>
            <translation>%1 of 17 characters</translation>
        </message>
        <message>
            <source>VIN check digit correct</source>
            <translation>VIN check digit correct</translation>
        </message>
        <message>
            <source>New customer: fill in the name</source>
            <translation>New customer: fill in the name</translation>
        </message>
        <message>
            <source>Returning customer %1</source>
            <translation>Returning customer %1</translation>
        </message>
        <message>
            <source>free</source>
            <translation>free</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>taken</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>on shift</source>
            <translation>on shift</translation>
        </message>
        <message>
            <source>off shift</source>
            <translation>off shift</translation>
        </message>
        <message>
            <source>%1 – %2, %3 jobs</source>
            <translation>%1 – %2, %3 jobs</translation>
        </message>
        <message>
            <source>Reminder to %1 (%2): %3</source>
            <translation>Reminder to %1 (%2): %3</translation>
        </message>
        <message>
            <source>A2: confirm within 15 minutes of the request.
A3: urgent jobs get a bay or a technician visit within 1 hour.</source>
            <translation>A2: confirm within 15 minutes of the request.
A3: urgent jobs get a bay or a technician visit within 1 hour.</translation>
        </message>
        <message>
            <source>A2 confirmation: done ✓</source>
            <translation>A2 confirmation: done ✓</translation>
        </message>
        <message>
            <source>A2 confirm within 15 min: %1 left</source>
            <translation>A2 confirm within 15 min: %1 left</translation>
        </message>
        <message>
            <source>technician visit</source>
            <translation>technician visit</translation>
        </message>
        <message>
            <source>A3 fast track: arranged (%1) ✓</source>
            <translation>A3 fast track: arranged (%1) ✓</translation>
        </message>
        <message>
            <source>A3 fast track within 1 h: %1 left</source>
            <translation>A3 fast track within 1 h: %1 left</translation>
        </message>
        <message>
            <source>Arrival: double confirmation</source>
            <translation>Arrival: double confirmation</translation>
        </message>
        <message>
            <source>Today's bookings: tap the customer who arrived</source>
            <translation>Today's bookings: tap the customer who arrived</translation>
        </message>
        <message>
            <source>Identity checked: name and phone match the record</source>
            <translation>Identity checked: name and phone match the record</translation>
        </message>
        <message>
            <source>Appointment checked: vehicle/product and fault match the booking</source>
            <translation>Appointment checked: vehicle/product and fault match the booking</translation>
        </message>
        <message>
            <source>Customer arrived: open the work order</source>
            <translation>Customer arrived: open the work order</translation>
        </message>
        <message>
            <source>Book or pick an appointment first.</source>
            <translation>Book or pick an appointment first.</translation>
        </message>
        <message>
            <source>%1  %2
%3
Desired: %4
Fault: %5
Preferences: %6</source>
            <translation>%1  %2
%3
Desired: %4
Fault: %5
Preferences: %6</translation>
        </message>
        <message>
            <source>%1  %2 %3  %4</source>
            <translation>%1  %2 %3  %4</translation>
        </message>
        <message>
            <source>No booking waiting today.</source>
            <translation>No booking waiting today.</translation>
        </message>
        <message>
            <source>USB camera %1</source>
            <translation>USB camera %1</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Network camera %1</source>
            <translation>Network camera %1</translation>
        </message>
        <message>
            <source>Recorded video %1</source>
            <translation>Recorded video %1</translation>
        </message>
        <message>
            <source>Demo video (built in)</source>
            <translation>Demo video (built in)</translation>
        </message>
        <message>
            <source>Take photo</source>
            <translation>Take photo</translation>
        </message>
        <message>
            <source>Stop recording</source>
            <translation>Stop recording</translation>
        </message>
        <message>
            <source>Record video</source>
            <translation>Record video</translation>
        </message>
        <message>
            <source>Camera off</source>
            <translation>Camera off</translation>
        </message>
        <message>
            <source>Opening camera…</source>
            <translation>Opening camera…</translation>
        </message>
        <message>
            <source>Recording… %1 s</source>
            <translation>Recording… %1 s</translation>
        </message>
        <message>
            <source>Photo taken</source>
            <translation>Photo taken</translation>
        </message>
        <message>
            <source>Video saved (%1 s)</source>
            <translation>Video saved (%1 s)</translation>
        </message>
        <message>
            <source>Catalogue: parts and labor</source>
            <translation>Catalogue: parts and labor</translation>
        </message>
        <message>
            <source>Free-text line</source>
            <translation>Free-text line</translation>
        </message>
        <message>
            <source>Recommended plan and the customer's decisions</source>
            <translation>Recommended plan and the customer's decisions</translation>
        </message>
        <message>
            <source>Part number or name</source>
            <translation>Part number or name</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Grade / hours</source>
            <translation>Grade / hours</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Mandatory</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Hours / qty</source>
            <translation>Hours / qty</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Why, in plain language</source>
            <translation>Why, in plain language</translation>
        </message>
        <message>
            <source>Add selected</source>
            <translation>Add selected</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Labor</source>
            <translation>Labor</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Source of the part…</source>
            <translation>Source of the part…</translation>
        </message>
        <message>
            <source>OEM</source>
            <translation>OEM</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>Certified</translation>
        </message>
        <message>
            <source>Part number (OEM, certified)</source>
            <translation>Part number (OEM, certified)</translation>
        </message>
        <message>
            <source>Safety-relevant</source>
            <translation>Safety-relevant</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Remove selected line</source>
            <translation>Remove selected line</translation>
        </message>
        <message>
            <source>Estimate complete</source>
            <translation>Estimate complete</translation>
        </message>
        <message>
            <source>Decisions recorded: to signature</source>
            <translation>Decisions recorded: to signature</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Rate per hour</source>
            <translation>Rate per hour</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1/h</source>
            <translation>%1/h</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Labor %1 (%2 h)   Parts %3   Tax %4   Total %5   Declined items %6</source>
            <translation>Labor %1 (%2 h)   Parts %3   Tax %4   Total %5   Declined items %6</translation>
        </message>
        <message>
            <source>Safety-relevant item declined</source>
            <translation>Safety-relevant item declined</translation>
        </message>
        <message>
            <source>“%1” is needed for safety. Does the customer acknowledge the risk of declining it?</source>
            <translation>“%1” is needed for safety. Does the customer acknowledge the risk of declining it?</translation>
        </message>
        <message>
            <source>Damage: tap a zone, then its kind</source>
            <translation>Damage: tap a zone, then its kind</translation>
        </message>
        <message>
            <source>On-site check with the customer</source>
            <translation>On-site check with the customer</translation>
        </message>
        <message>
            <source>Note on the damage (optional)</source>
            <translation>Note on the damage (optional)</translation>
        </message>
        <message>
            <source>Note text, then tap the photo</source>
            <translation>Note text, then tap the photo</translation>
        </message>
        <message>
            <source>Mark damage</source>
            <translation>Mark damage</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>Markup</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Save markup</source>
            <translation>Save markup</translation>
        </message>
        <message>
            <source>Identity confirmed</source>
            <translation>Identity confirmed</translation>
        </message>
        <message>
            <source>Appointment confirmed</source>
            <translation>Appointment confirmed</translation>
        </message>
        <message>
            <source>Abnormal noise</source>
            <translation>Abnormal noise</translation>
        </message>
        <message>
            <source>Starts / powers on normally</source>
            <translation>Starts / powers on normally</translation>
        </message>
        <message>
            <source>e.g. none / sunglasses in the glovebox</source>
            <translation>e.g. none / sunglasses in the glovebox</translation>
        </message>
        <message>
            <source>e.g. P0301</source>
            <translation>e.g. P0301</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Add reading</translation>
        </message>
        <message>
            <source>Save check</source>
            <translation>Save check</translation>
        </message>
        <message>
            <source>Save diagnosis</source>
            <translation>Save diagnosis</translation>
        </message>
        <message>
            <source>Not shown: pending observation</source>
            <translation>Not shown: pending observation</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · %4 photo(s)</source>
            <translation>%1 · %2 · %3 · %4 photo(s)</translation>
        </message>
        <message>
            <source>, %1 video(s)</source>
            <translation>, %1 video(s)</translation>
        </message>
        <message>
            <source>Readings: %1</source>
            <translation>Readings: %1</translation>
        </message>
        <message>
            <source>Video %1 s</source>
            <translation>Video %1 s</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Zone: %1</source>
            <translation>Zone: %1</translation>
        </message>
        <message>
            <source>Tap the damaged zone on the diagram</source>
            <translation>Tap the damaged zone on the diagram</translation>
        </message>
        <message>
            <source>Damage marked: take its photos now</source>
            <translation>Damage marked: take its photos now</translation>
        </message>
        <message>
            <source>Photo saved</source>
            <translation>Photo saved</translation>
        </message>
        <message>
            <source>Video saved</source>
            <translation>Video saved</translation>
        </message>
        <message>
            <source>Markup saved; the original photo is untouched</source>
            <translation>Markup saved; the original photo is untouched</translation>
        </message>
        <message>
            <source>Check saved</source>
            <translation>Check saved</translation>
        </message>
        <message>
            <source>Diagnosis saved</source>
            <translation>Diagnosis saved</translation>
        </message>
        <message>
            <source>Pending observation recorded</source>
            <translation>Pending observation recorded</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>Customer signature</source>
            <translation>Customer signature</translation>
        </message>
        <message>
            <source>Confirmation sheet</source>
            <translation>Confirmation sheet</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Sign on screen</source>
            <translation>Sign on screen</translation>
        </message>
        <message>
            <source>Scan signed paper…</source>
            <translation>Scan signed paper…</translation>
        </message>
        <message>
            <source>Open a case first.</source>
            <translation>Open a case first.</translation>
        </message>
        <message>
            <source>Version %1 signed ✓ — work may start</source>
            <translation>Version %1 signed ✓ — work may start</translation>
        </message>
        <message>
            <source>Version %1 awaits the customer's signature</source>
            <translation>Version %1 awaits the customer's signature</translation>
        </message>
        <message>
            <source>Record the customer's decisions first, then ask for the signature.</source>
            <translation>Record the customer's decisions first, then ask for the signature.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Generating PDF…</source>
            <translation>Generating PDF…</translation>
        </message>
        <message>
            <source>%1 version %2, %3 page(s)</source>
            <translation>%1 version %2, %3 page(s)</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Sent to the printer</translation>
        </message>
        <message>
            <source>Signed. The case can be dispatched.</source>
            <translation>Signed. The case can be dispatched.</translation>
        </message>
        <message>
            <source>Photo or scan of the signed page</source>
            <translation>Photo or scan of the signed page</translation>
        </message>
        <message>
            <source>Reading the QR code…</source>
            <translation>Reading the QR code…</translation>
        </message>
        <message>
            <source>Read %1 · %2 · version %3 in %4 s; filed on that version.</source>
            <translation>Read %1 · %2 · version %3 in %4 s; filed on that version.</translation>
        </message>
        <message>
            <source>Signed on paper.</source>
            <translation>Signed on paper.</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>In store</translation>
        </message>
        <message>
            <source>Official app</source>
            <translation>Official app</translation>
        </message>
        <message>
            <source>400 hotline</source>
            <translation>400 hotline</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>App message</source>
            <translation>App message</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>queued, waiting for the gateway</source>
            <translation>queued, waiting for the gateway</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>not sent: the gateway failed</source>
            <translation>not sent: the gateway failed</translation>
        </message>
        <message>
            <source>not sent: the gateway refused it</source>
            <translation>not sent: the gateway refused it</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Service preferences</source>
            <translation>Service preferences</translation>
        </message>
        <message>
            <source>Preferred contact</source>
            <translation>Preferred contact</translation>
        </message>
        <message>
            <source>Messages in</source>
            <translation>Messages in</translation>
        </message>
        <message>
            <source>Serviced item</source>
            <translation>Serviced item</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <source>Appliance</source>
            <translation>Appliance</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>VIN</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Brand</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>Fault description</source>
            <translation>Fault description</translation>
        </message>
        <message>
            <source>Desired time</source>
            <translation>Desired time</translation>
        </message>
        <message>
            <source>Bay</source>
            <translation>Bay</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Front bumper</source>
            <translation>Front bumper</translation>
        </message>
        <message>
            <source>Hood</source>
            <translation>Hood</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>Roof</translation>
        </message>
        <message>
            <source>Trunk</source>
            <translation>Trunk</translation>
        </message>
        <message>
            <source>Rear bumper</source>
            <translation>Rear bumper</translation>
        </message>
        <message>
            <source>Left front door</source>
            <translation>Left front door</translation>
        </message>
        <message>
            <source>Left rear door</source>
            <translation>Left rear door</translation>
        </message>
        <message>
            <source>Right front door</source>
            <translation>Right front door</translation>
        </message>
        <message>
            <source>Right rear door</source>
            <translation>Right rear door</translation>
        </message>
        <message>
            <source>Left front fender</source>
            <translation>Left front fender</translation>
        </message>
        <message>
            <source>Right front fender</source>
            <translation>Right front fender</translation>
        </message>
        <message>
            <source>Left rear fender</source>
            <translation>Left rear fender</translation>
        </message>
        <message>
            <source>Right rear fender</source>
            <translation>Right rear fender</translation>
        </message>
        <message>
            <source>Windshield</source>
            <translation>Windshield</translation>
        </message>
        <message>
            <source>Left mirror</source>
            <translation>Left mirror</translation>
        </message>
        <message>
            <source>Right mirror</source>
            <translation>Right mirror</translation>
        </message>
        <message>
            <source>Wheels</source>
            <translation>Wheels</translation>
        </message>
        <message>
            <source>Interior</source>
            <translation>Interior</translation>
        </message>
        <message>
            <source>Front panel</source>
            <translation>Front panel</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Top</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Left side</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Right side</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Fender</source>
            <translation>Fender</translation>
        </message>
        <message>
            <source>Mirror</source>
            <translation>Mirror</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>Wheel</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Scratch</source>
            <translation>Scratch</translation>
        </message>
        <message>
            <source>Dent</source>
            <translation>Dent</translation>
        </message>
        <message>
            <source>Crack</source>
            <translation>Crack</translation>
        </message>
        <message>
            <source>Deformation</source>
            <translation>Deformation</translation>
        </message>
        <message>
            <source>Missing part</source>
            <translation>Missing part</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderate</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Severe</translation>
        </message>
        <message>
            <source>Not tried yet</source>
            <translation>Not tried yet</translation>
        </message>
        <message>
            <source>Reproduced together</source>
            <translation>Reproduced together</translation>
        </message>
        <message>
            <source>Did not show</source>
            <translation>Did not show</translation>
        </message>
        <message>
            <source>Mileage (km)</source>
            <translation>Mileage (km)</translation>
        </message>
        <message>
            <source>Fuel level</source>
            <translation>Fuel level</translation>
        </message>
        <message>
            <source>Valuables</source>
            <translation>Valuables</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Fault reproduction</source>
            <translation>Fault reproduction</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observed</translation>
        </message>
        <message>
            <source>OBD code / tester</source>
            <translation>OBD code / tester</translation>
        </message>
        <message>
            <source>Preliminary diagnosis</source>
            <translation>Preliminary diagnosis</translation>
        </message>
        <message>
            <source>Pending observation</source>
            <translation>Pending observation</translation>
        </message>
        <message>
            <source>Arrow</source>
            <translation>Arrow</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>Circle</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Intake inspection</source>
            <translation>Intake inspection</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <source>Print and sign</source>
            <translation>Print and sign</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>Reception</translation>
        </message>
        <message>
            <source>Leave reception</source>
            <translation>Leave reception</translation>
        </message>
        <message>
            <source>Appointment · %1 %2 · %3</source>
            <translation>Appointment · %1 %2 · %3</translation>
        </message>
        <message>
            <source>New reception: book an appointment or receive a walk-in.</source>
            <translation>New reception: book an appointment or receive a walk-in.</translation>
        </message>
        <message>
            <source>%1 · %2 %3 · %4 · Owner (first contact): %5 · Preferences: %6</source>
            <translation>%1 · %2 %3 · %4 · Owner (first contact): %5 · Preferences: %6</translation>
        </message>
    </context>
    <context>
        <name>ReceptionBookingForm</name>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Service preferences</source>
            <translation>Service preferences</translation>
        </message>
        <message>
            <source>Preferred contact</source>
            <translation>Preferred contact</translation>
        </message>
        <message>
            <source>Messages in</source>
            <translation>Messages in</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Fault description</source>
            <translation>Fault description</translation>
        </message>
        <message>
            <source>Desired time</source>
            <translation>Desired time</translation>
        </message>
        <message>
            <source>Vehicle / product</source>
            <translation>Vehicle / product</translation>
        </message>
        <message>
            <source>Serviced item</source>
            <translation>Serviced item</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>VIN</source>
            <translation>VIN</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Brand</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>Service clocks</source>
            <translation>Service clocks</translation>
        </message>
        <message>
            <source>Bay</source>
            <translation>Bay</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
    </context>
    <context>
        <name>ReceptionIntakeForm</name>
        <message>
            <source>Exterior damage: tap a zone</source>
            <translation>Exterior damage: tap a zone</translation>
        </message>
        <message>
            <source>Note on the damage (optional)</source>
            <translation>Note on the damage (optional)</translation>
        </message>
        <message>
            <source>Mark damage</source>
            <translation>Mark damage</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>Markup</translation>
        </message>
        <message>
            <source>Note text, then tap the photo</source>
            <translation>Note text, then tap the photo</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Save markup</source>
            <translation>Save markup</translation>
        </message>
        <message>
            <source>On-site check with the customer</source>
            <translation>On-site check with the customer</translation>
        </message>
        <message>
            <source>Identity confirmed</source>
            <translation>Identity confirmed</translation>
        </message>
        <message>
            <source>Appointment confirmed</source>
            <translation>Appointment confirmed</translation>
        </message>
        <message>
            <source>Mileage (km)</source>
            <translation>Mileage (km)</translation>
        </message>
        <message>
            <source>Fuel level</source>
            <translation>Fuel level</translation>
        </message>
        <message>
            <source>Valuables</source>
            <translation>Valuables</translation>
        </message>
        <message>
            <source>e.g. none / sunglasses in the glovebox</source>
            <translation>e.g. none / sunglasses in the glovebox</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Abnormal noise</source>
            <translation>Abnormal noise</translation>
        </message>
        <message>
            <source>Starts / powers on normally</source>
            <translation>Starts / powers on normally</translation>
        </message>
        <message>
            <source>Fault reproduction</source>
            <translation>Fault reproduction</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observed</translation>
        </message>
        <message>
            <source>Save check</source>
            <translation>Save check</translation>
        </message>
        <message>
            <source>OBD code / tester</source>
            <translation>OBD code / tester</translation>
        </message>
        <message>
            <source>e.g. P0301</source>
            <translation>e.g. P0301</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Add reading</translation>
        </message>
        <message>
            <source>Preliminary diagnosis</source>
            <translation>Preliminary diagnosis</translation>
        </message>
        <message>
            <source>Save diagnosis</source>
            <translation>Save diagnosis</translation>
        </message>
        <message>
            <source>Pending observation</source>
            <translation>Pending observation</translation>
        </message>
        <message>
            <source>Not shown: pending observation</source>
            <translation>Not shown: pending observation</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Service advisor</source>
            <translation>Service advisor</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>QC inspector</source>
            <translation>QC inspector</translation>
        </message>
        <message>
            <source>Service manager</source>
            <translation>Service manager</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>SearchForm</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No case matches “%1”. Check the spelling, or search by the last digits of the phone or plate.</source>
            <translation>No case matches “%1”. Check the spelling, or search by the last digits of the phone or plate.</translation>
        </message>
        <message>
            <source>No cases yet.</source>
            <translation>No cases yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case(s)</numerusform>
                <numerusform>%n case(s)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettlementPage</name>
        <message>
            <source>Labor</source>
            <translation>Labor</translation>
        </message>
        <message>
            <source>OEM</source>
            <translation>OEM</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>Certified</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>(clock)</source>
            <translation>(clock)</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Warranty rework, not billed</source>
            <translation>Warranty rework, not billed</translation>
        </message>
        <message>
            <source>VAT on the differences</source>
            <translation>VAT on the differences</translation>
        </message>
        <message>
            <source>Tax follows the differences</source>
            <translation>Tax follows the differences</translation>
        </message>
        <message>
            <source>Settlement · %1</source>
            <translation>Settlement · %1</translation>
        </message>
        <message>
            <source>e.g. hidden fault found, part added</source>
            <translation>e.g. hidden fault found, part added</translation>
        </message>
        <message>
            <source>No line differs from the signed estimate.</source>
            <translation>No line differs from the signed estimate.</translation>
        </message>
        <message>
            <source>Same as the signed estimate.</source>
            <translation>Same as the signed estimate.</translation>
        </message>
        <message>
            <source>%1 difference(s) explain %2 exactly.</source>
            <translation>%1 difference(s) explain %2 exactly.</translation>
        </message>
        <message>
            <source>Estimate %1 · To pay &lt;b&gt;%2&lt;/b&gt; · Change %3</source>
            <translation>Estimate %1 · To pay &lt;b&gt;%2&lt;/b&gt; · Change %3</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>on paper</translation>
        </message>
        <message>
            <source>on the pad</source>
            <translation>on the pad</translation>
        </message>
        <message>
            <source>Version %1 signed by %2 %3: final, never changed.</source>
            <translation>Version %1 signed by %2 %3: final, never changed.</translation>
        </message>
        <message>
            <source>Version %1 recorded, waiting for the customer's signature.</source>
            <translation>Version %1 recorded, waiting for the customer's signature.</translation>
        </message>
        <message>
            <source>Go through the sheet with the customer, then sign version %1.</source>
            <translation>Go through the sheet with the customer, then sign version %1.</translation>
        </message>
        <message>
            <source>Record the settlement first.</source>
            <translation>Record the settlement first.</translation>
        </message>
        <message>
            <source>Your limit: %1 yuan</source>
            <translation>Your limit: %1 yuan</translation>
        </message>
        <message>
            <source>Settlement recorded.</source>
            <translation>Settlement recorded.</translation>
        </message>
        <message>
            <source>Generating PDF…</source>
            <translation>Generating PDF…</translation>
        </message>
        <message>
            <source>Settlement sheet version %1, %2 page(s).</source>
            <translation>Settlement sheet version %1, %2 page(s).</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Sent to the printer</translation>
        </message>
        <message>
            <source>Signed. The case can be delivered.</source>
            <translation>Signed. The case can be delivered.</translation>
        </message>
        <message>
            <source>Photo or scan of the signed sheet</source>
            <translation>Photo or scan of the signed sheet</translation>
        </message>
        <message>
            <source>Reading the QR code…</source>
            <translation>Reading the QR code…</translation>
        </message>
        <message>
            <source>Filed on the case.</source>
            <translation>Filed on the case.</translation>
        </message>
    </context>
    <context>
        <name>SettlementPageForm</name>
        <message>
            <source>Go to delivery</source>
            <translation>Go to delivery</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>1 · Settlement from the actual work</source>
            <translation>1 · Settlement from the actual work</translation>
        </message>
        <message>
            <source>Actual items: parts fitted and labor done</source>
            <translation>Actual items: parts fitted and labor done</translation>
        </message>
        <message>
            <source>Differences from the signed estimate</source>
            <translation>Differences from the signed estimate</translation>
        </message>
        <message>
            <source>Reason of each difference (told to the customer)</source>
            <translation>Reason of each difference (told to the customer)</translation>
        </message>
        <message>
            <source>Discount and compensation</source>
            <translation>Discount and compensation</translation>
        </message>
        <message>
            <source>Discount (yuan)</source>
            <translation>Discount (yuan)</translation>
        </message>
        <message>
            <source>Reason of the discount</source>
            <translation>Reason of the discount</translation>
        </message>
        <message>
            <source>Compensation (yuan)</source>
            <translation>Compensation (yuan)</translation>
        </message>
        <message>
            <source>Reason, e.g. late delivery</source>
            <translation>Reason, e.g. late delivery</translation>
        </message>
        <message>
            <source>Record the settlement</source>
            <translation>Record the settlement</translation>
        </message>
        <message>
            <source>2 · Settlement sheet and signature</source>
            <translation>2 · Settlement sheet and signature</translation>
        </message>
        <message>
            <source>Settlement sheet</source>
            <translation>Settlement sheet</translation>
        </message>
        <message>
            <source>Show the settlement sheet</source>
            <translation>Show the settlement sheet</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Customer signature</source>
            <translation>Customer signature</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Sign on screen</source>
            <translation>Sign on screen</translation>
        </message>
        <message>
            <source>Scan signed paper…</source>
            <translation>Scan signed paper…</translation>
        </message>
    </context>
    <context>
        <name>SetupForm</name>
        <message>
            <source>First start</source>
            <translation>First start</translation>
        </message>
        <message>
            <source>Welcome to ServiceBay</source>
            <translation>Welcome to ServiceBay</translation>
        </message>
        <message>
            <source>This workstation has no dealer yet. Set up your dealer, or try the demo workshop first.</source>
            <translation>This workstation has no dealer yet. Set up your dealer, or try the demo workshop first.</translation>
        </message>
        <message>
            <source>Set up a real dealer</source>
            <translation>Set up a real dealer</translation>
        </message>
        <message>
            <source>Dealer code</source>
            <translation>Dealer code</translation>
        </message>
        <message>
            <source>e.g. SZ01</source>
            <translation>e.g. SZ01</translation>
        </message>
        <message>
            <source>Dealer name</source>
            <translation>Dealer name</translation>
        </message>
        <message>
            <source>Workstation name</source>
            <translation>Workstation name</translation>
        </message>
        <message>
            <source>e.g. Service desk 1</source>
            <translation>e.g. Service desk 1</translation>
        </message>
        <message>
            <source>Administrator name</source>
            <translation>Administrator name</translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>Administrator PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 to 8 digits</translation>
        </message>
        <message>
            <source>Repeat the PIN</source>
            <translation>Repeat the PIN</translation>
        </message>
        <message>
            <source>Create dealer</source>
            <translation>Create dealer</translation>
        </message>
        <message>
            <source>Demo workshop</source>
            <translation>Demo workshop</translation>
        </message>
        <message>
            <source>Creates a demo dealer with staff in every role and cases in every state, so you can look around. The logins are shown when it is ready.</source>
            <translation>Creates a demo dealer with staff in every role and cases in every state, so you can look around. The logins are shown when it is ready.</translation>
        </message>
        <message>
            <source>Create the demo workshop</source>
            <translation>Create the demo workshop</translation>
        </message>
        <message>
            <source>Continue to login</source>
            <translation>Continue to login</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Please fill in every field.</source>
            <translation>Please fill in every field.</translation>
        </message>
        <message>
            <source>The two PINs differ. Please enter them again.</source>
            <translation>The two PINs differ. Please enter them again.</translation>
        </message>
        <message>
            <source>That did not work because of an error in ServiceBay; a report was saved.</source>
            <translation>That did not work because of an error in ServiceBay; a report was saved.</translation>
        </message>
        <message>
            <source>Creating the demo workshop…</source>
            <translation>Creating the demo workshop…</translation>
        </message>
        <message numerus="yes">
            <source>The demo workshop is ready with %n case(s). Log in with one of these PINs:</source>
            <translation>
                <numerusform>The demo workshop is ready with %n case(s). Log in with one of these PINs:</numerusform>
                <numerusform>The demo workshop is ready with %n case(s). Log in with one of these PINs:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Skill</name>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>Electrical</translation>
        </message>
        <message>
            <source>Brakes</source>
            <translation>Brakes</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Paint</source>
            <translation>Paint</translation>
        </message>
        <message>
            <source>Appliances</source>
            <translation>Appliances</translation>
        </message>
        <message>
            <source>Refrigeration</source>
            <translation>Refrigeration</translation>
        </message>
    </context>
    <context>
        <name>SlaRule</name>
        <message>
            <source>A2 confirm appointment (15 min)</source>
            <translation>A2 confirm appointment (15 min)</translation>
        </message>
        <message>
            <source>A3 fast track (1 h)</source>
            <translation>A3 fast track (1 h)</translation>
        </message>
        <message>
            <source>P3 reply (2 h)</source>
            <translation>P3 reply (2 h)</translation>
        </message>
        <message>
            <source>P3 urgent reply (30 min)</source>
            <translation>P3 urgent reply (30 min)</translation>
        </message>
        <message>
            <source>W1 dispatch (5 min)</source>
            <translation>W1 dispatch (5 min)</translation>
        </message>
        <message>
            <source>W1 urgent start (30 min)</source>
            <translation>W1 urgent start (30 min)</translation>
        </message>
        <message>
            <source>W4 hourly update</source>
            <translation>W4 hourly update</translation>
        </message>
        <message>
            <source>W5 delay notice (30 min ahead)</source>
            <translation>W5 delay notice (30 min ahead)</translation>
        </message>
        <message>
            <source>P3 urgent</source>
            <translation>P3 urgent</translation>
        </message>
        <message>
            <source>W1 urgent</source>
            <translation>W1 urgent</translation>
        </message>
    </context>
    <context>
        <name>SlaStatus</name>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
    </context>
    <context>
        <name>SyncInboxDialog</name>
        <message>
            <source>Sync: to review</source>
            <translation>Sync: to review</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Mark resolved</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Click for sync details</source>
            <translation>Click for sync details</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>%1 changes waiting</source>
            <translation>%1 changes waiting</translation>
        </message>
        <message>
            <source>last sync %1</source>
            <translation>last sync %1</translation>
        </message>
        <message>
            <source>fix the clock (nothing is lost)</source>
            <translation>fix the clock (nothing is lost)</translation>
        </message>
        <message>
            <source>Uploading %1 MB</source>
            <translation>Uploading %1 MB</translation>
        </message>
        <message>
            <source>%1 to review</source>
            <translation>%1 to review</translation>
        </message>
        <message>
            <source>Conflict in %1.%2: kept %3, overwritten %4</source>
            <translation>Conflict in %1.%2: kept %3, overwritten %4</translation>
        </message>
        <message>
            <source>Refused by head office (%1): %2 %3</source>
            <translation>Refused by head office (%1): %2 %3</translation>
        </message>
        <message>
            <source>Signed case changed since signing: re-sign required</source>
            <translation>Signed case changed since signing: re-sign required</translation>
        </message>
        <message>
            <source>Sync alarm: %1</source>
            <translation>Sync alarm: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <source>Enrolled: %1 (dealer %2)</source>
            <translation>Enrolled: %1 (dealer %2)</translation>
        </message>
        <message>
            <source>Not enrolled: this workstation works on its own</source>
            <translation>Not enrolled: this workstation works on its own</translation>
        </message>
        <message>
            <source>Certificate authority file</source>
            <translation>Certificate authority file</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>Certificates (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Enter the server address and the code.</source>
            <translation>Enter the server address and the code.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsForm</name>
        <message>
            <source>Head-office sync</source>
            <translation>Head-office sync</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Head office</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>Changes waiting</translation>
        </message>
        <message>
            <source>Photos and videos waiting</source>
            <translation>Photos and videos waiting</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Review conflicts and refusals</source>
            <translation>Review conflicts and refusals</translation>
        </message>
        <message>
            <source>Last problem</source>
            <translation>Last problem</translation>
        </message>
        <message>
            <source>Enroll this workstation with head office</source>
            <translation>Enroll this workstation with head office</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Enrollment code</translation>
        </message>
        <message>
            <source>Certificate authority file</source>
            <translation>Certificate authority file</translation>
        </message>
        <message>
            <source>Only if your dealer uses its own (PEM)</source>
            <translation>Only if your dealer uses its own (PEM)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Allow an unencrypted http:// address (testing on a trusted network only)</source>
            <translation>Allow an unencrypted http:// address (testing on a trusted network only)</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Enroll</translation>
        </message>
    </context>
    <context>
        <name>TeamLeadHomeForm</name>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <source>Open dispatch board</source>
            <translation>Open dispatch board</translation>
        </message>
        <message>
            <source>Confirmed cases waiting for dispatch</source>
            <translation>Confirmed cases waiting for dispatch</translation>
        </message>
        <message>
            <source>Technicians and their load</source>
            <translation>Technicians and their load</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulty</translation>
        </message>
        <message>
            <source>Assign to technician</source>
            <translation>Assign to technician</translation>
        </message>
    </context>
    <context>
        <name>TeamLeadHomePage</name>
        <message>
            <source>Select a case first.</source>
            <translation>Select a case first.</translation>
        </message>
        <message>
            <source>%1 dispatched: the workshop has it now.</source>
            <translation>%1 dispatched: the workshop has it now.</translation>
        </message>
        <message>
            <source>Select a case and a technician.</source>
            <translation>Select a case and a technician.</translation>
        </message>
        <message>
            <source>%1 assigned to %2.</source>
            <translation>%1 assigned to %2.</translation>
        </message>
    </context>
    <context>
        <name>TechnicianHomeForm</name>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>My jobs</source>
            <translation>My jobs</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>Open job</source>
            <translation>Open job</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
    </context>
    <context>
        <name>TechnicianHomePage</name>
        <message>
            <source>Work started on %1.</source>
            <translation>Work started on %1.</translation>
        </message>
        <message>
            <source>%1 paused.</source>
            <translation>%1 paused.</translation>
        </message>
        <message>
            <source>Work resumed on %1.</source>
            <translation>Work resumed on %1.</translation>
        </message>
        <message>
            <source>%1 finished: it goes to QC now.</source>
            <translation>%1 finished: it goes to QC now.</translation>
        </message>
    </context>
    <context>
        <name>TechnicianJobForm</name>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>◀ My jobs</source>
            <translation>◀ My jobs</translation>
        </message>
        <message>
            <source>Key steps</source>
            <translation>Key steps</translation>
        </message>
        <message>
            <source>Labor lines: job clock</source>
            <translation>Labor lines: job clock</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Finish line</source>
            <translation>Finish line</translation>
        </message>
        <message>
            <source>Job done: to QC</source>
            <translation>Job done: to QC</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Scan the packaging, or type the part number and press Enter</source>
            <translation>Scan the packaging, or type the part number and press Enter</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Fit the chosen line</source>
            <translation>Fit the chosen line</translation>
        </message>
        <message>
            <source>Photo from file…</source>
            <translation>Photo from file…</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <source>Bay camera</source>
            <translation>Bay camera</translation>
        </message>
        <message>
            <source>Read codes</source>
            <translation>Read codes</translation>
        </message>
        <message>
            <source>Qty (1)</source>
            <translation>Qty (1)</translation>
        </message>
        <message>
            <source>Extra work</source>
            <translation>Extra work</translation>
        </message>
        <message>
            <source>Shown</source>
            <translation>Shown</translation>
        </message>
        <message>
            <source>Disposed</source>
            <translation>Disposed</translation>
        </message>
        <message>
            <source>Catalogue code</source>
            <translation>Catalogue code</translation>
        </message>
        <message>
            <source>Part number or labor code</source>
            <translation>Part number or labor code</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Or free text</source>
            <translation>Or free text</translation>
        </message>
        <message>
            <source>What the part is</source>
            <translation>What the part is</translation>
        </message>
        <message>
            <source>Part number (OEM, certified)</source>
            <translation>Part number (OEM, certified)</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>Add extra line</source>
            <translation>Add extra line</translation>
        </message>
        <message>
            <source>Who approved</source>
            <translation>Who approved</translation>
        </message>
        <message>
            <source>Paper sheet…</source>
            <translation>Paper sheet…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Record the customer's approval</source>
            <translation>Record the customer's approval</translation>
        </message>
    </context>
    <context>
        <name>TechnicianJobPage</name>
        <message>
            <source>Extra: %1</source>
            <translation>Extra: %1</translation>
        </message>
        <message>
            <source>Source…</source>
            <translation>Source…</translation>
        </message>
        <message>
            <source>Hold the packaging's QR code or barcode in front of the bay camera and press “Read codes”; “Take photo” stores the packaging photo of the chosen fitted part.</source>
            <translation>Hold the packaging's QR code or barcode in front of the bay camera and press “Read codes”; “Take photo” stores the packaging photo of the chosen fitted part.</translation>
        </message>
        <message>
            <source>The first line started starts the job; the last line finished sends it to QC.</source>
            <translation>The first line started starts the job; the last line finished sends it to QC.</translation>
        </message>
        <message>
            <source>The catalogue has no manual reference for it.</source>
            <translation>The catalogue has no manual reference for it.</translation>
        </message>
        <message>
            <source>Operation reference: %1</source>
            <translation>Operation reference: %1</translation>
        </message>
        <message>
            <source>Key operation: record the key steps (W3).</source>
            <translation>Key operation: record the key steps (W3).</translation>
        </message>
        <message>
            <source>Choose a labor line first.</source>
            <translation>Choose a labor line first.</translation>
        </message>
        <message>
            <source>Clock started: %1</source>
            <translation>Clock started: %1</translation>
        </message>
        <message>
            <source>Clock paused: %1</source>
            <translation>Clock paused: %1</translation>
        </message>
        <message>
            <source>Clock resumed: %1</source>
            <translation>Clock resumed: %1</translation>
        </message>
        <message>
            <source>Line finished: %1</source>
            <translation>Line finished: %1</translation>
        </message>
        <message>
            <source>Job done: it goes to QC now.</source>
            <translation>Job done: it goes to QC now.</translation>
        </message>
        <message>
            <source>Fitted: %1. Keep its packaging for the customer.</source>
            <translation>Fitted: %1. Keep its packaging for the customer.</translation>
        </message>
        <message>
            <source>Choose a part line first.</source>
            <translation>Choose a part line first.</translation>
        </message>
        <message>
            <source>Packaging of %1: %2</source>
            <translation>Packaging of %1: %2</translation>
        </message>
        <message>
            <source>Photo of the packaging</source>
            <translation>Photo of the packaging</translation>
        </message>
        <message>
            <source>Packaging photo stored.</source>
            <translation>Packaging photo stored.</translation>
        </message>
        <message>
            <source>Choose the fitted part the photo shows.</source>
            <translation>Choose the fitted part the photo shows.</translation>
        </message>
        <message>
            <source>Enter a catalogue code or describe the part.</source>
            <translation>Enter a catalogue code or describe the part.</translation>
        </message>
        <message>
            <source>Extra line added: the customer approves it before it is fitted.</source>
            <translation>Extra line added: the customer approves it before it is fitted.</translation>
        </message>
        <message>
            <source>The customer's approval is recorded: the extra lines may be done.</source>
            <translation>The customer's approval is recorded: the extra lines may be done.</translation>
        </message>
        <message>
            <source>Photo or scan of the signed sheet</source>
            <translation>Photo or scan of the signed sheet</translation>
        </message>
    </context>
    <context>
        <name>TechnicianLane</name>
        <message numerus="yes">
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n job</numerusform>
                <numerusform>%n jobs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Zone</name>
        <message>
            <source>Front bumper</source>
            <translation>Front bumper</translation>
        </message>
        <message>
            <source>Hood</source>
            <translation>Hood</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>Roof</translation>
        </message>
        <message>
            <source>Trunk</source>
            <translation>Trunk</translation>
        </message>
        <message>
            <source>Rear bumper</source>
            <translation>Rear bumper</translation>
        </message>
        <message>
            <source>Left front door</source>
            <translation>Left front door</translation>
        </message>
        <message>
            <source>Left rear door</source>
            <translation>Left rear door</translation>
        </message>
        <message>
            <source>Right front door</source>
            <translation>Right front door</translation>
        </message>
        <message>
            <source>Right rear door</source>
            <translation>Right rear door</translation>
        </message>
        <message>
            <source>Left front fender</source>
            <translation>Left front fender</translation>
        </message>
        <message>
            <source>Right front fender</source>
            <translation>Right front fender</translation>
        </message>
        <message>
            <source>Left rear fender</source>
            <translation>Left rear fender</translation>
        </message>
        <message>
            <source>Right rear fender</source>
            <translation>Right rear fender</translation>
        </message>
        <message>
            <source>Windshield</source>
            <translation>Windshield</translation>
        </message>
        <message>
            <source>Left mirror</source>
            <translation>Left mirror</translation>
        </message>
        <message>
            <source>Right mirror</source>
            <translation>Right mirror</translation>
        </message>
        <message>
            <source>Wheels</source>
            <translation>Wheels</translation>
        </message>
        <message>
            <source>Interior</source>
            <translation>Interior</translation>
        </message>
        <message>
            <source>Front panel</source>
            <translation>Front panel</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Top</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Left side</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Right side</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
    </context>
</TS>
