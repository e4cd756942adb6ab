<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<@t.title "Updated: " + meeting.title/>

${wrap(whatChanged)}

<@t.when meeting/>
<@t.section "Agenda"/>
<@t.agendaItems meeting.items/>
<@t.section "Apologies so far"/>
<@t.apologies meeting/>

The calendar invitation attached replaces the earlier one.
<@t.footer group/>
