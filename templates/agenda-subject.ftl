<#ftl output_format="plainText">
[${group.tag}] Proposed agenda: ${meeting.title}, ${meeting.startShort}
