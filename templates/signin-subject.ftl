<#ftl output_format="plainText">
[${group.tag}] Your sign-in link
