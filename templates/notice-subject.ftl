<#ftl output_format="plainText">
[${group.tag}] ${headline}
