<#ftl output_format="plainText">
[${group.tag}] Weekly digest, ${weekLabel}
