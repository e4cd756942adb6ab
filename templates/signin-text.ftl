<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},

${wrap("Someone, probably you, asked to sign in to Plenary for " + group.name + ". This link signs you in; it works once, within " + minutes + " minutes:")}

    ${link}

${wrap("If you did not ask, ignore this email: nobody can sign in without the link.")}
<@t.footer group/>
