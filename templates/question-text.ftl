<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},

${wrap(doubt + ", so Plenary has done nothing yet. Which one did you mean?")}

<#list choices as choice>
${wrap(choice?counter + ". " + choice, "   ")}
</#list>

Reply to this email with one line: the number (1), or a word of the title or
kind. Nothing is done until you answer; the question expires in ${expiresIn}.
<@t.lastNote lastNote!""/>
<@t.footer group/>
