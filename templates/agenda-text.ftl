<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<#import "_keywords.ftl" as k>
<@t.title "Proposed agenda: " + meeting.title/>

<@t.when meeting/>
<@t.placeAndQuorum meeting/>
<#if personalTime??>
Your time: ${personalTime}
</#if>
<@t.section "Agenda"/>
<@t.agendaItems meeting.items/>
<#if pending?has_content>
<@t.section "Requested, not yet accepted"/>
<@t.requests pending/>
</#if>
<@t.section "Apologies so far"/>
<@t.apologies meeting/>
<@t.section "Open action items"/>
<@t.actions openActions/>
<@t.section "How to reply"/>
Reply to this email (to ${replyAddress}), one command per line:
<@t.keywords k.replyKeywords/>
<@t.footer group/>
