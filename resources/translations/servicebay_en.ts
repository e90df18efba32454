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
        <name>Desk</name>
        <message>
            <source>Customer inquiries · %1 overdue</source>
            <translation>Customer inquiries · %1 overdue</translation>
        </message>
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
            <source>Duty roster</source>
            <translation>Duty roster</translation>
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
        <name>Job</name>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
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
            <source>Key step photo</source>
            <translation>Key step photo</translation>
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
            <source>Fault did not show: pending observation</source>
            <translation>Fault did not show: pending observation</translation>
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
            <source>Source of a free-text part…</source>
            <translation>Source of a free-text part…</translation>
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
