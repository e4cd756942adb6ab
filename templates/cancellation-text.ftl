<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<@t.title "Cancelled: " + meeting.title/>

<#assign sentence = "The " + meeting.title + " of " + meeting.startLocal + " is cancelled">
<#if reason??><#assign sentence += ": " + reason></#if>
<#if !sentence?matches(".*[.!?]$", "s")><#assign sentence += "."></#if>
${wrap(sentence)}

The attached calendar cancellation removes it from your calendar.
<@t.footer group/>
