<#ftl output_format="plainText">
<#import "_subject.ftl" as s>
Please confirm: <@s.reply group originalSubject "Your email to Plenary"/>
