<#ftl output_format="plainText">
<#--
  The commands every email teaches, in one place so the text and HTML twins agree.
  A keyword row is [what to write, what it does]; a help entry is [name, explanation, [examples]].
-->
<#-- The examples are the group's own (ReplyExamples): its next meeting, an open action item, its members. -->
<#assign x = examples>
<#assign meetingName = x.meetingKind + " " + x.meetingDay>
<#assign laterMeetingName = x.meetingKind + " " + x.laterDay>

<#assign replyKeywords = [
  ["apologies", "send your apologies for this meeting"],
  ["I can make it after all", "withdraw your apologies"],
  ["AGENDA: Title (30 min)", "ask for an agenda item"],
  [x.action + " done", "close action item " + x.action],
  [x.action + ": in progress - note", "add a status note to " + x.action],
  ["HELP", "every command, with examples"]
]>

<#assign chairKeywords = [
  ["ACCEPT " + x.request + " / DECLINE " + x.request + " reason", "decide an agenda request"],
  ["CONFIRM " + meetingName, "confirm a tentative meeting"],
  ["CANCEL " + meetingName + ": reason", "cancel a meeting"]
]>

<#assign everyoneHelp = [
  ["Apologies", "Send apologies for a meeting. Name it by date, weekday or kind, or simply reply to its agenda.",
    ["Apologies for the " + x.meetingKind + " on " + x.meetingWeekday, "Regrets for today's call", "Apologies for all calls until " + x.untilDay + " (travel)"]],
  ["Withdraw an apology", "Tell Plenary you can attend after all.",
    ["I can make it after all", "WITHDRAW APOLOGY " + x.meetingDay]],
  ["Undo", "Reply UNDO to a confirmation within 7 days to take that email's changes back.", ["UNDO"]],
  ["Status", "Your open action items and your next meetings.", ["STATUS"]],
  ["Help", "This list of commands.", ["HELP"]]
]>

<#assign memberHelp = [
  ["Agenda request", "Ask for an item on a meeting's agenda; a chair or staff accepts or declines it.",
    ["AGENDA: Progress report (30 min) for the " + x.meetingKind + " on " + x.meetingDay, "Subject: Agenda request: Tools demo"]],
  ["New action item", "Create an action item for yourself, with an optional due date.",
    ["ACTION: " + x.member + " to circulate the draft by " + x.dueDay]],
  ["Action update", "Update an action item you own by its id; one line each.",
    [x.action + " done", x.action + ": in progress - draft out for review", x.action + " due " + x.dueDay, x.action + " blocked waiting for the chairs", x.action + " cancelled", x.action + " reopen"]]
]>

<#assign chairHelp = [
  ["Agenda decisions", "Accept, decline or move a requested agenda item by its id.",
    ["ACCEPT " + x.request, "DECLINE " + x.request + " out of scope", "MOVE " + x.request + " TO " + x.laterDay]],
  ["Action items for anyone", "Create an action item for any member, or hand one over.",
    ["ACTION: " + x.otherMember + " to send the comments by " + x.dueDay, x.action + " owner " + x.otherMember]],
  ["Meetings", "Confirm, cancel, schedule or move a meeting; the people concerned are told.",
    ["CONFIRM " + meetingName, "CANCEL " + meetingName + ": travel", "SCHEDULE " + laterMeetingName + " " + x.startTime + " " + x.minutes + " min", "MOVE " + laterMeetingName + " TO " + x.dayAfterLater + " " + x.startTime?keep_before(" ")]],
  ["Apologies for others", "Record apologies someone sent you.", ["Apologies from " + x.otherMember + " for the " + x.meetingKind + " on " + x.meetingDay]],
  ["Notes and decisions", "Reply to the agenda email, or write NOTES and the meeting, with one line per decision, action or attendance; the summary goes out to the list.",
    ["NOTES " + meetingName, "DECISION: Calls rotate between three times of day", "ACTION: " + x.member + " to circulate the rotation by " + x.dueDay, "ATTENDED: " + x.attendees]]
]>

<#function roleName role>
  <#switch role>
    <#case "chair"><#return "a co-chair">
    <#case "staff"><#return "staff">
    <#case "member"><#return "a member">
    <#case "observer"><#return "an observer">
    <#default><#return role>
  </#switch>
</#function>

<#function helpFor role>
  <#if role == "chair" || role == "staff"><#return everyoneHelp + memberHelp + chairHelp></#if>
  <#if role == "member"><#return everyoneHelp + memberHelp></#if>
  <#return everyoneHelp>
</#function>
