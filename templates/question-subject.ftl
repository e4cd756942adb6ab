<#ftl output_format="plainText">
<#import "_subject.ftl" as s>
Which one? <@s.reply group originalSubject "Your email to Plenary"/>
