<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},

<#if changes?size == 1>
Done:
<#else>
Done, ${changes?size} changes:
</#if>
<@t.bullets changes/>
<#if errors?has_content>

Not done:
<@t.bullets errors/>
</#if>
<#if suggestions?has_content>

<@t.bullets suggestions/>
</#if>

If something is wrong, reply to this email with the correction.
Reply UNDO within 7 days to take these changes back.
<@t.footer group/>
