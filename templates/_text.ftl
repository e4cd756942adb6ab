<#ftl output_format="plainText">
<#-- The pieces every plain-text email shares: headings, lists and the footer. -->

<#macro title text>
${text}
${""?left_pad(text?length, "=")}
</#macro>

<#macro section text>

${text?upper_case}
${""?left_pad(text?length, "-")}
</#macro>

<#macro bullets lines>
<#list lines as line>
${wrap("- " + line, "  ")}
<#else>
None.
</#list>
</#macro>

<#macro when meeting>
When: ${meeting.startLocal}<#if meeting.startUtc??> (${meeting.startUtc})</#if>
      until ${meeting.endLocal}, ${meeting.durationMinutes} minutes
<#if meeting.status == "tentative">
      Tentative: not yet confirmed by the chairs.
</#if>
<#if meeting.status == "cancelled">
      CANCELLED<#if meeting.cancelReason??>: ${meeting.cancelReason}</#if>
</#if>
</#macro>

<#macro agendaItems items>
<#list items as item>
${wrap(item?counter + ". " + item.title, "   ")}
<#if item.presenter?? || item.slot??>
   <#if item.presenter??>${item.presenter}<#if item.minutes??>, ${item.minutes} min</#if></#if><#if item.presenter?? && item.slot??>, </#if><#if item.slot??>${item.slot}</#if><#if item.id??> (${item.id})</#if>
</#if>
<#else>
No items yet.
</#list>
</#macro>

<#macro requests items>
<#list items as item>
<#local line = "- " + (item.id!"") + " " + item.title>
<#if item.minutes??><#local line += " (" + item.minutes + " min)"></#if>
<#if item.requestedBy??><#local line += ", asked by " + item.requestedBy></#if>
${wrap(line, "  ")}
<#if item.meetingTitle??>
  for ${item.meetingTitle}
</#if>
<#else>
None.
</#list>
</#macro>

<#macro apologies meeting>
<#list meeting.apologies as apology>
- ${apology.name}<#if apology.reason??> (${apology.reason})</#if>
<#else>
None so far.
</#list>
</#macro>

<#macro actions items showOwner=true>
<#list items as action>
${wrap("- " + action.id + " " + action.title, "  ")}
  <#if showOwner>${action.ownerName}, </#if>${action.status}<#if action.due??>, due ${action.due}</#if><#if (action.overdueDays > 0)>, ${action.overdueDays} day<#if (action.overdueDays > 1)>s</#if> OVERDUE</#if>
<#if action.lastNote??>
${wrap("  Latest: " + action.lastNote, "  ")}
</#if>
<#else>
None.
</#list>
</#macro>

<#macro keywords rows>
<#list rows as row>
  ${row[0]?right_pad(34)} ${row[1]}
</#list>
</#macro>

<#macro footer group>

-- 
${wrap("Reply to this email to answer Plenary, or write to " + group.address + ", one command per line. Send HELP for every command.")}
${wrap("Plenary is the secretariat of " + group.name + "; this email was sent automatically.")}
</#macro>

<#-- Where the meeting is, its join link and its quorum forecast; nothing when none is known. -->
<#macro placeAndQuorum meeting>
<#if meeting.location??>
      Where: ${meeting.location}
</#if>
<#if meeting.joinUrl??>
      Join: ${meeting.joinUrl}
</#if>
<#if meeting.quorum??>
      Quorum: ${meeting.quorum.expected} expected, ${meeting.quorum.required} needed<#if !meeting.quorum.met> (short of quorum)</#if>
</#if>
</#macro>

<#-- Said in the last error, question, help or status reply the loop limit allows for a while. -->
<#macro lastNote note="">
<#if note?has_content>

${wrap(note)}
</#if>
</#macro>
