<#ftl output_format="plainText">
[${group.tag}] Short of quorum: ${meeting.title}, ${meeting.startShort}
