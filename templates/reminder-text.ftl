<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},

<#if escalated>
${wrap(action.ownerName + "'s action " + action.id + " is " + action.overdueDays + " days overdue (it was due " + action.due!"" + "):")}
<#else>
${wrap("Your action " + action.id + " falls due on " + action.due!"" + ":")}
</#if>

    ${action.id}: ${action.title}
<#if action.lastNote??>
    Latest: ${action.lastNote}
</#if>

<#if escalated>
${wrap("Reply with the item's id and the change, e.g. \"" + action.id + " due 30 June\" or \"" + action.id + " cancelled\".")}
<#else>
${wrap("Reply with the item's id and the change, e.g. \"" + action.id + " done\" or \"" + action.id + " due 30 June\".")}
</#if>
<@t.footer group/>
