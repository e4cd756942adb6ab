<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<@t.title "Cancelled: " + meeting.title/>

<#assign sentence = "The " + meeting.title + " of " + meeting.startLocal + " is cancelled">
<#if reason??><#assign sentence += ": " + reason><#else><#assign sentence += "."></#if>
${wrap(sentence)}

Your calendar will remove it when you accept the attached cancellation.
<@t.footer group/>
