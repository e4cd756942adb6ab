<#ftl output_format="plainText">
[${group.tag}] Action items and decisions reached: ${meeting.title}, ${meeting.startShort}
