<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<#import "_keywords.ftl" as k>
<@t.title group.name + ": weekly digest, " + weekLabel/>
<@t.section "Meetings in the next two weeks"/>
<#list meetings as meeting>

${meeting.title}
<@t.when meeting/>
<@t.placeAndQuorum meeting/>
<#if meeting.status != "cancelled">
<#assign agendaCount = meeting.items?filter(i -> i.status != "standing")?size>
      Agenda: <#if meeting.items?has_content>${meeting.items?size} item<#if meeting.items?size != 1>s</#if><#if (agendaCount > 0)>, ${agendaCount} accepted<#else>, standing only</#if><#else>no items yet</#if>
      Apologies: <#list meeting.apologies as apology>${apology.name}<#sep>, </#sep><#else>none so far</#list>
</#if>
<#else>
No meetings.
</#list>
<@t.section "Open action items by owner"/>
<#list actionsByOwner as owner>

${owner.ownerName} (${owner.ownerEmail})
<@t.actions owner.actions false/>
<#else>
None open.
</#list>
<@t.section "What changed this week"/>
<@t.bullets changes/>
<@t.section "Agenda requests waiting for a decision"/>
<@t.requests pendingRequests/>
<@t.section "Keywords to reply with"/>
Reply to this email, one command per line:
<@t.keywords k.replyKeywords/>
Chairs and staff:
<@t.keywords k.chairKeywords/>
<@t.footer group/>
