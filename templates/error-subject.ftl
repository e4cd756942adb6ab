<#ftl output_format="plainText">
<#import "_subject.ftl" as s>
<@s.reply group originalSubject "Your email to Plenary"/>
