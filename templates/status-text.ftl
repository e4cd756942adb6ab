<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},
<@t.section "Your open action items"/>
<@t.actions openActions false/>
<@t.section "Your next meetings"/>
<#list nextMeetings as meeting>

${meeting.title}
<@t.when meeting/>
<#else>
None scheduled.
</#list>

To update an item, reply with its id and the change, e.g. "A2 done".
<#if feedUrl??>

Your meetings in your own calendar: subscribe to
    ${feedUrl}
(personal: it shows your apologies; ask staff to revoke it if it leaks)
</#if>
<@t.lastNote lastNote!""/>
<@t.footer group/>
