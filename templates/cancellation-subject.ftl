<#ftl output_format="plainText">
[${group.tag}] Cancelled: ${meeting.title}, ${meeting.startShort}
