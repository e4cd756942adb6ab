<#ftl output_format="plainText">
<#import "_text.ftl" as t>
<@t.title "Changes to " + changes?size + " meetings"/>

<@t.bullets changes/>

Please update your calendar: each meeting above changed as it says.
<@t.footer group/>
