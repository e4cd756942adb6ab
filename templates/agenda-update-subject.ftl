<#ftl output_format="plainText">
[${group.tag}] Updated: ${meeting.title}, ${meeting.startShort}
