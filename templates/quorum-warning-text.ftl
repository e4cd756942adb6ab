<#ftl output_format="plainText">
<#import "_text.ftl" as t>
Hello ${recipientName},

${wrap("With the apologies received, " + meeting.quorum.expected + " chairs and members are expected at the " + meeting.title + "; its quorum is " + meeting.quorum.required + ".")}

<@t.when meeting/>
<@t.section "Apologies so far"/>
<@t.apologies meeting/>

${wrap("You may want to move or cancel it: reply MOVE or CANCEL with the meeting, e.g. \"CANCEL " + meeting.kind + " " + meeting.startShort + "\".")}
<@t.footer group/>
