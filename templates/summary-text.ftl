<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<@t.title "Action items and decisions reached: " + meeting.title/>

<@t.when meeting/>
<#assign noted = notesText?? || decisions?has_content || actionsRecorded?has_content || attended?has_content>
<#if noted>
<@t.section "Decisions"/>
<@t.bullets decisions/>
<@t.section "Action items recorded"/>
<@t.actions actionsRecorded/>
<@t.section "Attended"/>
<#if attended?has_content>
${wrap(attended?join(", "))}
<#else>
Not recorded.
</#if>
<#else>

${wrap("No notes were received for this meeting, so this summary records no decisions, attendance or new action items. A chair or staff member can still send them: reply to this email with the notes (DECISION:, ACTION: and ATTENDED: lines).")}
</#if>
<@t.section "Apologies"/>
<@t.apologies meeting/>
<@t.section "Agenda as it stood"/>
<@t.agendaItems meeting.items/>
<@t.section "Action items opened since the previous meeting"/>
<@t.actions opened/>
<@t.section "Action items closed since the previous meeting"/>
<@t.actions closed/>
<#if notesText??>
<@t.section "Notes as received"/>
${wrap(notesText)}
</#if>

Corrections: reply to this email with the right line, e.g. "A5 due 10 July".
<@t.footer group/>
