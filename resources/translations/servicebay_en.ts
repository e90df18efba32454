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
            <source>Continue reception of selected case</source>
            <translation>Continue reception of selected case</translation>
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
            <source>Pending observation: %1</source>
            <translation>Pending observation: %1</translation>
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
            <source>Hours booked</source>
            <translation>Hours booked</translation>
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
            <source>with the customer's consent</source>
            <translation>with the customer's consent</translation>
        </message>
        <message>
            <source>without consent</source>
            <translation>without consent</translation>
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
            <source>No rule below its target.</source>
            <translation>No rule below its target.</translation>
        </message>
        <message>
            <source>Weak spots (target %1, change vs previous quarter): %2</source>
            <translation>Weak spots (target %1, change vs previous quarter): %2</translation>
        </message>
        <message>
            <source>Raise %1 to target</source>
            <translation>Raise %1 to target</translation>
        </message>
        <message>
            <source>Improvement action created (due in 30 days).</source>
            <translation>Improvement action created (due in 30 days).</translation>
        </message>
        <message>
            <source>QC first pass: %1 of %2 cases (%3). Comebacks within 30 days: %4, within 90 days: %5 of %6 closed cases (first-time fix %7).</source>
            <translation>QC first pass: %1 of %2 cases (%3). Comebacks within 30 days: %4, within 90 days: %5 of %6 closed cases (first-time fix %7).</translation>
        </message>
        <message>
            <source>Share on time per rule (%)</source>
            <translation>Share on time per rule (%)</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
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
    </context>
    <context>
        <name>ManagerDashboardForm</name>
        <message>
            <source>KPI dashboard</source>
            <translation>KPI dashboard</translation>
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
            <source>SLA compliance (click a row for the missed cases)</source>
            <translation>SLA compliance (click a row for the missed cases)</translation>
        </message>
        <message>
            <source>Waiting time per stage (click a row for the slowest cases)</source>
            <translation>Waiting time per stage (click a row for the slowest cases)</translation>
        </message>
        <message>
            <source>Improvement action for the worst weak spot</source>
            <translation>Improvement action for the worst weak spot</translation>
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
            <source>Workshop overview</source>
            <translation>Workshop overview</translation>
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
        <message numerus="yes">
            <source>KPI dashboard (%n overdue improvement action(s))</source>
            <translation>
                <numerusform>KPI dashboard (%n overdue improvement action(s))</numerusform>
                <numerusform>KPI dashboard (%n overdue improvement action(s))</numerusform>
            </translation>
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
            <source>QC checklist (D1)</source>
            <translation>QC checklist (D1)</translation>
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
            <source>Notes (required when QC fails)</source>
            <translation>Notes (required when QC fails)</translation>
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
            <source>QC passed</source>
            <translation>QC passed</translation>
        </message>
    </context>
    <context>
        <name>QcHomePage</name>
        <message>
            <source>Select a case to inspect.</source>
            <translation>Select a case to inspect.</translation>
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
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case(s)</numerusform>
                <numerusform>%n case(s)</numerusform>
            </translation>
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
            <source>Select a case and a technician.</source>
            <translation>Select a case and a technician.</translation>
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
</TS>
