<#ftl output_format="plainText">
<#--
  The commands every email teaches, in one place so the text and HTML twins agree.
  A keyword row is [what to write, what it does]; a help entry is [name, explanation, [examples]].
-->
<#assign replyKeywords = [
  ["apologies", "send your apologies for this meeting"],
  ["I can make it after all", "withdraw your apologies"],
  ["AGENDA: Title (30 min)", "ask for an agenda item"],
  ["A7 done", "close action item A7"],
  ["A7: in progress - note", "add a status note to A7"],
  ["HELP", "every command, with examples"]
]>

<#assign chairKeywords = [
  ["ACCEPT R3 / DECLINE R3 reason", "decide an agenda request"],
  ["CONFIRM plenary 4 July", "confirm a tentative meeting"],
  ["CANCEL plenary 4 July: reason", "cancel a meeting"]
]>

<#assign everyoneHelp = [
  ["Apologies", "Send apologies for a meeting. Name it by date, weekday or kind, or simply reply to its agenda.",
    ["Apologies for the plenary call on Tuesday 4 July", "Regrets for today's call", "Apologies for all calls until 20 July (travel)"]],
  ["Withdraw an apology", "Tell Plenary you can attend after all.",
    ["I can make it after all", "WITHDRAW APOLOGY 4 July"]],
  ["Status", "Your open action items and your next meetings.", ["STATUS"]],
  ["Help", "This list of commands.", ["HELP"]]
]>

<#assign memberHelp = [
  ["Agenda request", "Ask for an item on a meeting's agenda; a chair or staff accepts or declines it.",
    ["AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 4 July", "Subject: Agenda request: Tech tools demo"]],
  ["New action item", "Create an action item for yourself, with an optional due date.",
    ["ACTION: Noor to circulate the study's intermediate results by 30 June"]],
  ["Action update", "Update an action item you own by its id; one line each.",
    ["A7 done", "A7: in progress - draft with RT for review", "A7 due 30 June", "A7 blocked waiting for Board", "A7 cancelled", "A7 reopen"]]
]>

<#assign chairHelp = [
  ["Agenda decisions", "Accept, decline or move a requested agenda item by its id.",
    ["ACCEPT R3", "DECLINE R3 out of scope", "MOVE R3 TO 11 July"]],
  ["Action items for anyone", "Create an action item for any member, or hand one over.",
    ["ACTION: Larisa to send language to RT for drafting Scope of Work by 30 June", "A7 owner Jennifer"]],
  ["Meetings", "Confirm, cancel, schedule or move a meeting; the people concerned are told.",
    ["CONFIRM plenary 4 July", "CANCEL Friday 23 June call: Johannesburg travel", "SCHEDULE plenary 11 July 13:00 UTC 90 min", "MOVE plenary 11 July TO 12 July 14:00"]],
  ["Apologies for others", "Record apologies someone sent you.", ["Apologies from Noor for Friday's call"]],
  ["Notes and decisions", "Reply to the agenda email, or write NOTES and the meeting, with one line per decision, action or attendance; the summary goes out to the list.",
    ["NOTES plenary 4 July", "DECISION: Plenary calls rotate between 05:00, 13:00 and 21:00 UTC", "ACTION: Jennifer to circulate the rotation by 7 July", "ATTENDED: Amara, Lars, Larisa, Noor"]]
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
