<#ftl output_format="plainText">
<#--
  "Re: " and the group tag in front of the subject being answered: never "Re: Re:", and the tag
  only when it is not there already.
-->
<#macro reply group original fallback>
<#local bare = (original!"")?trim?replace("^((re|aw|sv|antw)\\s*:\\s*)+", "", "ri")>
<#if !bare?has_content><#local bare = fallback></#if>
Re: <#if !bare?contains("[" + group.tag)>[${group.tag}] </#if>${bare}
</#macro>
