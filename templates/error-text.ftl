<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},

Plenary could not act on your email:
<@t.bullets errors/>
<#if changes?has_content>

These parts were applied:
<@t.bullets changes/>
</#if>
<#if suggestions?has_content>

What would work:
<@t.bullets suggestions/>
</#if>

Write one command per line; send HELP for every command with examples.
<@t.lastNote lastNote!""/>
<@t.footer group/>
