<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},

Plenary received an email from your address that changes things for other people. Nothing of it is done yet,
because the address alone does not prove that you sent it. If you confirm, Plenary will:
<@t.bullets changes/>
<#if errors?has_content>

and will not:
<@t.bullets errors/>
</#if>

To do it, reply to this email with one line: yes
To drop it, reply: no
If you did not send it, ignore this email: nothing will happen, and the request expires in ${expiresIn}.
<@t.footer group/>
