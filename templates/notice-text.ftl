<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello<#if recipientName??> ${recipientName}</#if>,

<#list lines as line>
${wrap(line)}
</#list>
<#if followUps?has_content>

<#list followUps as followUp>
${wrap(followUp)}
</#list>
</#if>
<@t.footer group/>
