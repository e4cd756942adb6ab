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

Meetings are found by the thread you reply to, a date ("4 July", "2017-07-04"),
a weekday ("Friday", "tomorrow") or a kind ("plenary"). When Plenary is not
sure which one you mean it asks rather than guesses.
<@t.footer group/>
