<#ftl output_format="plainText">
[${group.tag}] <#if escalated>Overdue: ${action.id} of ${action.ownerName}<#else>Reminder: ${action.id} is due ${action.due!""}</#if>
