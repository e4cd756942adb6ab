<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<@t.title "Action items and decisions reached: " + meeting.title/>

<@t.when meeting/>
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
