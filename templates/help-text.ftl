<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<#import "_keywords.ftl" as k>
Hello ${recipientName},

${wrap("Plenary keeps the meetings, agendas, apologies and action items of " + group.name + ". Write to " + group.address + " or reply to any of its emails, one command per line; keywords are not case-sensitive. As " + k.roleName(role) + " you can:")}
<#list k.helpFor(role) as entry>
<@t.section entry[0]/>
${wrap(entry[1])}
<#list entry[2] as example>
    ${example}
</#list>
</#list>

${wrap("Meetings are found by the thread you reply to, a date (\"" + examples.meetingDay + "\", \"" + examples.meetingIsoDay + "\"), a weekday (\"Friday\", \"tomorrow\") or a kind (\"" + examples.meetingKind + "\"). When Plenary is not sure which one you mean it asks rather than guesses.")}
<@t.lastNote lastNote!""/>
<@t.footer group/>
