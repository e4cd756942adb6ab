<#ftl output_format="plainText">
[${group.tag}] Changes to ${changes?size} meetings
