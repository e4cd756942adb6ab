package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.store.Apology;

/**
 * The families of PRODUCT.md section 4 as people write them from Gmail, Outlook, Apple Mail, Thunderbird and phones,
 * through {@code explain} on the demo group at Thursday 15 June 2017. Each case says what a careful secretary would
 * read: "none" for no command, else commands separated by " | ", each its type and the fields that matter
 * ("apology member=kaveh@ssr2.test meetings=plenary-2017-07-04 partial=true"); "machine" for an out-of-office or
 * a list's notice (no command, no reply), "silent" for a calendar reply that changes nothing. The share understood per family is
 * printed after the run, for the closing note of issue 9.
 */
class EmailFamiliesTest {
    @AutoClose
    private final Explainer plenary = Explainer.ssr2();

    private static final Map<String, int[]> UNDERSTOOD = new LinkedHashMap<>();

    /** One email: who sends it, its subject, its visible body, extra header lines, and what it means. */
    record Case(String family, String from, String subject, String body, String headers, String expected) {
        @Override
        public String toString() {
            return family + ": " + subject + " / " + body.replace("\n", " \u23ce ");
        }
    }

    private static Case c(String family, String from, String subject, String body, String expected) {
        return new Case(family, from + "@ssr2.test", subject, body, "", expected);
    }

    private static Case h(String family, String from, String headers, String subject, String body, String expected) {
        return new Case(family, from, subject, body, headers, expected);
    }

    static Stream<Case> sentences() {
        String f = "sentence";
        return Stream.of(
                c(f, "noor", "Tuesday", "Please send my regrets for the plenary on 4 July.", "apology member=noor@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "noor", "Re: next call", "Good news – turns out I can make it on 4 July after all.", "apology-withdrawn meetings=plenary-2017-07-04"),
                c(f, "noor", "call", "Turns out I can join the plenary on 4 July after all!", "apology-withdrawn meetings=plenary-2017-07-04"),
                c(f, "noor", "4 July", "Hola, apologies for the plenary on 4 July.", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "4 July", "Bonjour — I can't make the plenary on 4 July, I'm travelling.", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "regrets", "Hi Larisa, apologies for the plenary on 4 July; I'm on a flight that day.", "apology meetings=plenary-2017-07-04 reason=I'm on a flight that day"),
                c(f, "noor", "Tuesday", "Apologies for the plenary on 4 July. I'll catch up from the recording.", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "Tuesday", "Dear all, just a quick note: apologies for the plenary on 4 July (board meeting).", "apology meetings=plenary-2017-07-04 reason=board meeting"),
                c(f, "noor", "call", "Unfortunately I won't be able to join the plenary on 4 July as I'm at IETF.", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "call", "Thanks for the agenda. Sadly I can't attend the plenary on 4 July, sorry.", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "Sent from phone", "apologies for 4 july plenary - on the road", "apology meetings=plenary-2017-07-04 reason=on the road"),
                c(f, "noor", "regrets", "Just wanted to let you know I will miss the plenary on 4 July.", "apology meetings=plenary-2017-07-04"));
    }

    static Stream<Case> groupWords() {
        String f = "group words";
        return Stream.of(
                c(f, "noor", "Away", "Apologies for the SSR2 plenary on 4 July.", "apology meetings=plenary-2017-07-04"),
                // The tag is dropped only where it qualifies a meeting: elsewhere it is the sender's word.
                c(f, "noor", "task", "ACTION: Noor to draft the SSR2 report by 30 June", "action-create title=draft the SSR2 report"),
                c(f, "kaveh", "agenda", "AGENDA: SSR2 budget review (20 min) for the SSR2 plenary on 27 June",
                        "agenda-request title=SSR2 budget review minutes=20 meeting=plenary-2017-06-27"),
                c(f, "noor", "Away", "Apologies for the SSR1 briefing.", "apology meetings=briefing-2017-06-25"),
                c(f, "noor", "Away", "I can't make the plenary on the 4th.", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "Away", "Apologies for the call on the 20th.", "apology meetings=plenary-2017-06-20"),
                c(f, "noor", "Away", "Apologies for next week's plenary.", "apology meetings=plenary-2017-06-20"),
                c(f, "noor", "Travel", "Apologies for all plenaries from 19 June to 2 July (travel).", "apology meetings=plenary-2017-06-20,plenary-2017-06-27 reason=travel"),
                c(f, "noor", "Travel", "Apologies for all calls until the 30th, I'm on leave.", "apology meetings=plenary-2017-06-20,briefing-2017-06-25,briefing-2017-06-26,plenary-2017-06-27,outreach-2017-06-27 reason=I'm on leave"),
                c(f, "noor", "Away", "Apologies for the SSR2 Plenary Call on Tuesday 4 July", "apology meetings=plenary-2017-07-04"),
                c(f, "kaveh", "agenda item", "AGENDA: DNS abuse update (half an hour) for the plenary on 27 June", "agenda-request minutes=30 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda item", "AGENDA: DNS abuse update (20') for the plenary on 27 June", "agenda-request minutes=20 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda item", "AGENDA: DNS abuse update, 1h, plenary 27 June", "agenda-request minutes=60 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda item", "AGENDA: DNS abuse update (an hour and a half) for the plenary on 27 June", "agenda-request minutes=90 meeting=plenary-2017-06-27"),
                c(f, "noor", "Away", "Regrets for the outreach call on the 27th.", "apology meetings=outreach-2017-06-27"));
    }

    static Stream<Case> actions() {
        String f = "actions";
        return Stream.of(
                c(f, "larisa", "A2", "Done with A2.", "action-update action=A2 status=done"),
                c(f, "larisa", "update", "Action 2 is done", "action-update action=A2 status=done"),
                c(f, "larisa", "update", "A2 still in progress, waiting for RT", "action-update action=A2 status=in-progress"),
                c(f, "larisa", "update", "A2 is complete.", "action-update action=A2 status=done"),
                c(f, "larisa", "update", "[A2] done", "action-update action=A2 status=done"),
                c(f, "larisa", "update", "A-2 done", "action-update action=A2 status=done"),
                c(f, "larisa", "update", "#A2 done - sent to RT yesterday", "action-update action=A2 status=done"),
                c(f, "larisa", "update", "action 2: done", "action-update action=A2 status=done"),
                c(f, "larisa", "reassign", "Please reassign A1 to Larisa", "action-update action=A1 owner=larisa@ssr2.test"),
                c(f, "jennifer", "update", "Hi all, A1 is now complete; the report went out this morning.", "action-update action=A1 status=done"),
                c(f, "larisa", "update", "I've finished A4.", "action-update action=A4 status=done"),
                c(f, "larisa", "update", "A2 reassigned to Jennifer", "action-update action=A2 owner=jennifer@ssr2.test"));
    }

    static Stream<Case> agenda() {
        String f = "agenda";
        return Stream.of(
                c(f, "kaveh", "agenda", "Please add the DNS abuse study to the agenda for next Tuesday's call", "agenda-request title=the DNS abuse study meeting=plenary-2017-06-20"),
                c(f, "kaveh", "agenda", "AGENDA: DNS abuse study (20') - plenary 27 June", "agenda-request minutes=20 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda", "Could we add a tech tools demo to the agenda of the plenary on 27 June?", "agenda-request title=a tech tools demo meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda", "Can you please put the budget on the agenda for the 27 June plenary (15 min)", "agenda-request title=the budget minutes=15 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda", "Hi, I'd like to add an item to the agenda of the plenary on 27 June: Outreach plan (10 min)", "agenda-request minutes=10 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "Agenda request: Outreach plan", "For the plenary on 27 June please, 20'.", "agenda-request title=Outreach plan minutes=20 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda", "AGENDA: Outreach plan – 15 mins – plenary 4 July", "agenda-request minutes=15 meeting=plenary-2017-07-04"),
                c(f, "kaveh", "agenda", "Please add 'SSR1 recommendations' to next Tuesday's agenda.", "agenda-request meeting=plenary-2017-06-20"),
                // Found in issue 11's benchmark mail, where it was ignored: the item named after the meeting.
                c(f, "kaveh", "Agenda", "Please add to the agenda of the plenary on 11 July: review of item 12", "agenda-request title=review of item 12 meeting=plenary-2017-07-11"));
    }

    static Stream<Case> partial() {
        String f = "partial";
        return Stream.of(
                c(f, "noor", "Tuesday", "I'll join the plenary on 4 July late.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "Tuesday", "I'll miss the first half hour of the plenary on 4 July.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "Tuesday", "I'll have to leave the plenary on 4 July early.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "Re: call", "I'll be 15 minutes late for the plenary on 4 July.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "Tuesday", "Apologies, I'll join the plenary on 4 July late (another call before).", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "4 July", "I can only join the first hour of the plenary on 4 July.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "4 July", "Heads up: I'll be joining the plenary on 4 July late.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "4 July", "I'll miss the last 30 minutes of the plenary on 4 July.", "apology meetings=plenary-2017-07-04 partial=true"));
    }

    static Stream<Case> behalf() {
        String f = "on behalf";
        return Stream.of(
                c(f, "larisa", "Apologies", "Kaveh asked me to send his apologies for the plenary on 4 July.", "apology member=kaveh@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "larisa", "Apologies", "Apologies from Zoë and Denise for the plenary on 4 July.", "apology member=zoe@ssr2.test | apology member=denise@ssr2.test"),
                c(f, "larisa", "Apologies", "Apologies from Zoe for the plenary on 4 July.", "apology member=zoe@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "jennifer", "Fwd: Apologies", "Forwarding Kaveh's apologies for the plenary on 4 July.", "apology member=kaveh@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "jennifer", "Apologies", "Kaveh sends his apologies for the plenary on 4 July.", "apology member=kaveh@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "jennifer", "Apologies", "Please note apologies from Kaveh Rostami for the plenary on 4 July.", "apology member=kaveh@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "jennifer", "Apologies", "Denise has asked me to pass on her regrets for the plenary on 4 July.", "apology member=denise@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "amara", "Apologies", "Hi Larisa, Zoë asked me to send her apologies for the plenary on 4 July.", "apology member=zoe@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "larisa", "Apologies", "Noor's apologies for the plenary on 4 July (on leave).", "apology member=noor@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "larisa", "Fwd: Apologies", "Forwarding Kaveh's apology below.\n\n---------- Forwarded message ---------\n"
                        + "From: Kaveh Rostami <kaveh@ssr2.test>\nDate: Wed, 14 Jun 2017 at 18:02\nSubject: Apologies\n"
                        + "To: Larisa Novak <larisa@ssr2.test>\n\nHi Larisa, apologies for the plenary on 4 July, I'm travelling.\n\nKaveh",
                        "apology member=kaveh@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "jennifer", "Fwd: regrets", "See below.\n\nBegin forwarded message:\n\nFrom: Zoë Brandt <zoe@ssr2.test>\n"
                        + "Subject: Regrets for 4 July\nDate: 14 June 2017 at 17:40:12 CEST\nTo: jennifer@ssr2.test\n\n"
                        + "I can't make the plenary on 4 July, sorry.\n", "apology member=zoe@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "larisa", "FW: Apologies – plenary 4 July", "FYI\n\n-----Original Message-----\nFrom: Denise Marlow <denise@ssr2.test>\n"
                        + "Sent: Wednesday, June 14, 2017 5:40 PM\nTo: Larisa Novak <larisa@ssr2.test>\nSubject: Apologies – plenary 4 July\n\n"
                        + "Apologies, I'm at a conference.\n", "apology member=denise@ssr2.test meetings=plenary-2017-07-04"));
    }

    static Stream<Case> subjectAndBody() {
        String f = "subject and body";
        return Stream.of(
                c(f, "amara", "Confirm", "CONFIRM plenary 27 June", "meeting-confirm meeting=plenary-2017-06-27"),
                c(f, "noor", "Apologies – plenary 4 July", "Apologies for the plenary on 4 July", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "Apologies", "Apologies for the plenary on 4 July (travel)", "apology meetings=plenary-2017-07-04 reason=travel"),
                c(f, "noor", "Regrets for 4 July", "Regrets for the plenary on Tuesday 4 July.", "apology meetings=plenary-2017-07-04"),
                c(f, "amara", "Cancel plenary 27 June", "CANCEL plenary 27 June: travel", "meeting-cancel meeting=plenary-2017-06-27"),
                c(f, "amara", "CONFIRM plenary 27 June", "Confirm the plenary on 27 June.", "meeting-confirm meeting=plenary-2017-06-27"),
                c(f, "larisa", "A2 done", "A2 done", "action-update action=A2 status=done"),
                c(f, "noor", "Apologies for the plenary on 4 July", "Hi all, apologies for Tuesday 4 July, I'm travelling.", "apology meetings=plenary-2017-07-04"));
    }

    static Stream<Case> identity() {
        String f = "identity";
        return Stream.of(
                h(f, "'Noor Haddad' via SSR2 Review <ssr2-review@ssr2.test>", "X-Original-From: Noor Haddad <noor@ssr2.test>\r\n",
                        "Apologies", "Apologies for the plenary on 4 July", "apology member=noor@ssr2.test meetings=plenary-2017-07-04"),
                h(f, "'Noor Haddad' via SSR2 Review <ssr2-review@ssr2.test>", "Reply-To: Noor Haddad <noor@ssr2.test>\r\n",
                        "Apologies", "Apologies for the plenary on 4 July", "apology member=noor@ssr2.test"),
                h(f, "\"Kaveh Rostami via ssr2-review\" <ssr2-review@ssr2.test>", "Reply-To: kaveh@ssr2.test\r\nX-Original-From: kaveh@ssr2.test\r\n",
                        "Regrets", "Regrets for the plenary on 4 July", "apology member=kaveh@ssr2.test"),
                h(f, "NOOR@SSR2.TEST", "", "Apologies", "Apologies for the plenary on 4 July", "apology member=noor@ssr2.test"),
                h(f, "Noor Haddad <Noor@SSR2.Test>", "", "Apologies", "Apologies for the plenary on 4 July", "apology member=noor@ssr2.test"),
                h(f, "'Zoë Brandt' via SSR2 Review <ssr2-review@ssr2.test>", "X-Original-From: =?UTF-8?Q?Zo=C3=AB_Brandt?= <zoe@ssr2.test>\r\nReply-To: ssr2-review@ssr2.test\r\n",
                        "Apologies", "Apologies for the plenary on 4 July", "apology member=zoe@ssr2.test"),
                h(f, "KAVEH@ssr2.test", "", "A2", "Apologies for the plenary on 4 July", "apology member=kaveh@ssr2.test"),
                h(f, "'Denise Marlow' via SSR2 Review <ssr2-review@ssr2.test>", "Reply-To: \"Denise Marlow\" <DENISE@ssr2.test>\r\n",
                        "Apologies", "Apologies for the plenary on 4 July", "apology member=denise@ssr2.test"));
    }

    static Stream<Case> thread() {
        String f = "thread by subject";
        return Stream.of(
                c(f, "noor", "Re: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 20 June", "Apologies", "apology meetings=plenary-2017-06-20"),
                c(f, "noor", "RE: [SSR2] Proposed agenda: SSR2 Plenary Call, Tue 20 Jun 13:00 UTC", "apologies, travelling", "apology meetings=plenary-2017-06-20"),
                c(f, "noor", "AW: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 27 June", "Regrets.", "apology meetings=plenary-2017-06-27"),
                c(f, "noor", "Re: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 27 June", "I can't make it, sorry.", "apology meetings=plenary-2017-06-27"),
                c(f, "noor", "Re: Re: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 27 June", "I won't be able to join.", "apology meetings=plenary-2017-06-27"),
                c(f, "amara", "Re: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 27 June", "Confirm", "meeting-confirm meeting=plenary-2017-06-27"),
                c(f, "noor", "Re: [SSR2] Proposed agenda: Outreach sub-team call, Tuesday 27 June", "Apologies", "apology meetings=outreach-2017-06-27"),
                c(f, "noor", "Réf : [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 27 June", "Excuses", "apology meetings=plenary-2017-06-27"));
    }

    static Stream<Case> notCommands() {
        String f = "not a command";
        return Stream.of(
                c(f, "noor", "Comments", "Apologies for the long email.", "none"),
                c(f, "noor", "Re: notes", "Sorry I missed Tuesday's call.", "none"),
                c(f, "noor", "Re: notes", "Sorry, I meant the other thing.", "none"),
                c(f, "noor", "Re: draft", "Apologies for the delay in getting back to you on the draft.", "none"),
                c(f, "noor", "Re: draft", "I missed the plenary on 13 June, could someone share the recording?", "none"),
                h(f, "noor@ssr2.test", "", "Out of the office", "I am out of the office until 20 June with limited access to email.", "machine"),
                h(f, "noor@ssr2.test", "", "Re: notes", "I'm out of the office until Monday 19 June. For urgent matters contact Larisa.", "machine"),
                h(f, "noor@ssr2.test", "X-List-Administrivia: yes\r\n", "Your message awaits moderator approval",
                        "Your mail to 'ssr2-review' with the subject Apologies for the plenary on 4 July is being held until the list moderator can review it for approval.", "machine"),
                c(f, "larisa", "Fwd: RSSAC agenda", "FYI, the RSSAC agenda below.\n\n---------- Forwarded message ---------\nFrom: RSSAC Secretariat <rssac@other.test>\nDate: Wed, 14 Jun 2017\nSubject: RSSAC agenda\n\nAGENDA: Root zone update (20 min)\nCONFIRM plenary 27 June", "none"),
                c(f, "noor", "Re: draft", "Sorry for the confusion about the dates.", "none"));
    }

    static Stream<Case> calendar() {
        String f = "calendar";
        String ics = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                + "ATTENDEE;PARTSTAT=%s:mailto:noor@ssr2.test\r\nUID:plenary-2017-07-04.ssr2@ssr2.test\r\n"
                + "DTSTAMP:20170616T083000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        return Stream.of(
                new Case(f, "noor@ssr2.test", "Declined: [SSR2] SSR2 Plenary Call", twice(ics.formatted("DECLINED")), "MULTIPART", "apology meetings=plenary-2017-07-04"),
                new Case(f, "noor@ssr2.test", "Accepted: [SSR2] SSR2 Plenary Call", twice(ics.formatted("ACCEPTED")), "MULTIPART", "silent"),
                new Case(f, "noor@ssr2.test", "Tentative: [SSR2] SSR2 Plenary Call", twice(ics.formatted("TENTATIVE")), "MULTIPART", "silent"),
                new Case(f, "noor@ssr2.test", "Accepted: [SSR2] SSR2 Plenary Call", ics.formatted("ACCEPTED"), "MULTIPART", "silent"),
                new Case(f, "noor@ssr2.test", "Declined: [SSR2] SSR2 Plenary Call", ics.formatted("DECLINED"), "MULTIPART", "apology meetings=plenary-2017-07-04"),
                new Case(f, "noor@ssr2.test", "Declined: [SSR2] SSR2 Plenary Call", twice(ics.formatted("DECLINED").replace("noor@", "NOOR@")), "MULTIPART", "apology meetings=plenary-2017-07-04"),
                new Case(f, "noor@ssr2.test", "Tentative: [SSR2] SSR2 Plenary Call", ics.formatted("TENTATIVE"), "MULTIPART", "silent"),
                new Case(f, "noor@ssr2.test", "Declined: [SSR2] SSR2 Plenary Call", ics.formatted("DECLINED") + "\u0000" + ics.formatted("DECLINED") + "\u0000" + ics.formatted("DECLINED"), "MULTIPART", "apology meetings=plenary-2017-07-04"));
    }

    /**
     * Written after the parser was built and measured once before any change for them (PRODUCT.md section 4's
     * families again, other words): how far the reading carries beyond the cases it was built on.
     */
    static Stream<Case> secondSet() {
        String f = "second set";
        return Stream.of(
                c(f, "noor", "Re: call", "Hello everyone – regrets from me for the plenary on 27 June, I have a clash.", "apology meetings=plenary-2017-06-27"),
                c(f, "noor", "next week", "Hi Larisa, I won't be able to attend next week's plenary.", "apology meetings=plenary-2017-06-20"),
                c(f, "kaveh", "27 June", "Sorry folks, I'll miss the plenary on the 27th due to travel.", "apology meetings=plenary-2017-06-27 reason=travel"),
                c(f, "noor", "Monday", "Ciao, purtroppo — apologies for the plenary on 4 July.", "apology meetings=plenary-2017-07-04"),
                c(f, "noor", "July", "Apologies for the plenaries from 4 July to 18 July; I'm on holiday.", "apology meetings=plenary-2017-07-04,plenary-2017-07-11,plenary-2017-07-18"),
                c(f, "noor", "4 July", "I might have to drop off the plenary on 4 July early.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "noor", "4 July", "I'll be about 10 minutes late to the plenary on 4 July.", "apology meetings=plenary-2017-07-04 partial=true"),
                c(f, "larisa", "Apologies", "Apologies from Kaveh and Noor for the plenary on 4 July.", "apology member=kaveh@ssr2.test | apology member=noor@ssr2.test"),
                c(f, "amara", "Apologies", "Denise sent her regrets for the plenary on 4 July.", "apology member=denise@ssr2.test meetings=plenary-2017-07-04"),
                c(f, "larisa", "A3", "A3 has been completed.", "action-update action=A3 status=done"),
                c(f, "larisa", "A4", "Quick update: A4 is still in progress.", "action-update action=A4 status=in-progress"),
                c(f, "jennifer", "A1", "[SSR2 A1] done", "action-update action=A1 status=done"),
                c(f, "jennifer", "A3", "Can you reassign A3 to Larisa please?", "action-update action=A3 owner=larisa@ssr2.test"),
                c(f, "kaveh", "agenda", "Could you add DNS abuse metrics (15') to the agenda for the plenary on 27 June?", "agenda-request minutes=15 meeting=plenary-2017-06-27"),
                c(f, "kaveh", "agenda", "AGENDA: SSR1 follow-up, half an hour, plenary on the 27th", "agenda-request minutes=30 meeting=plenary-2017-06-27"),
                c(f, "noor", "Re: call", "Good news: I can attend the plenary on 4 July after all.", "apology-withdrawn meetings=plenary-2017-07-04"),
                c(f, "amara", "Confirm plenary 27 June", "CONFIRM plenary 27 June.", "meeting-confirm meeting=plenary-2017-06-27"),
                c(f, "noor", "Re: [SSR2] Updated: SSR2 Plenary Call, Tuesday 27 June 13:00 UTC", "Apologies – I'm travelling.", "apology meetings=plenary-2017-06-27"),
                c(f, "noor", "Re: notes", "Apologies for missing last week's call.", "none"),
                c(f, "noor", "Re: draft", "Sorry, I can't make sense of section 3.", "none"),
                c(f, "noor", "Re: draft", "Regrets aside, I think the draft is good.", "none"),
                c(f, "noor", "Re: notes", "Thanks all, sorry I couldn't join on Tuesday.", "none"),
                c(f, "noor", "Tuesday", "I can't make it to Tuesday's call, could you send me the notes?", "apology meetings=plenary-2017-06-20 reason=null"));
    }

    private static String twice(String ics) {
        return ics + "\u0000" + ics;
    }

    static Stream<Case> all() {
        return Stream.of(sentences(), groupWords(), actions(), agenda(), partial(), behalf(), subjectAndBody(), identity(),
                thread(), calendar(), notCommands(), secondSet()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void readsAsACarefulSecretaryWould(Case email) {
        JsonNode explained = plenary.explain(raw(email));
        List<String> mismatches = mismatches(email.expected(), explained);
        int[] counts = UNDERSTOOD.computeIfAbsent(email.family(), k -> new int[2]);
        counts[1]++;
        if (mismatches.isEmpty()) {
            counts[0]++;
        }
        assertThat(mismatches).as(explained.toPrettyString()).isEmpty();
    }

    @Test
    void aPartialApologyIsStoredAsPartialAndAWholeOneIsNot() {
        plenary.receive("noor@ssr2.test", "4 July", "I'll join the plenary on 4 July late.");
        plenary.receive("kaveh@ssr2.test", "4 July", "Apologies for the plenary on 4 July.");
        List<Apology> apologies = plenary.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(Apology::email, Apology::partial)
                .containsExactlyInAnyOrder(tuple("noor@ssr2.test", true), tuple("kaveh@ssr2.test", false));
    }

    @AfterAll
    static void printTheShareUnderstood() {
        int understood = 0;
        int total = 0;
        for (Map.Entry<String, int[]> family : UNDERSTOOD.entrySet()) {
            System.out.printf("understood %-18s %2d of %2d%n", family.getKey(), family.getValue()[0], family.getValue()[1]);
            understood += family.getValue()[0];
            total += family.getValue()[1];
        }
        System.out.printf("understood %-18s %2d of %2d%n", "all", understood, total);
    }

    private static List<String> mismatches(String expected, JsonNode explained) {
        List<Map<String, Object>> commands = Explained.commands(explained);
        List<String> problems = new ArrayList<>();
        if (expected.equals("machine")) {
            if (!commands.isEmpty() || !explained.get("autoReply").asBoolean()) {
                problems.add("expected a machine's email: no command, no reply");
            }
            return problems;
        }
        if (expected.equals("none") || expected.equals("silent")) {
            if (!commands.stream().allMatch(c -> c.get("error") == null) || (expected.equals("none") && !commands.isEmpty())) {
                problems.add("expected no command");
            }
            if (expected.equals("silent") && !Explained.reply(explained).equals("none")) {
                problems.add("expected no reply");
            }
            return problems;
        }
        String[] wanted = expected.split(" \\| ");
        if (commands.size() != wanted.length) {
            problems.add("expected " + wanted.length + " commands, got " + commands.size());
            return problems;
        }
        for (int i = 0; i < wanted.length; i++) {
            String[] parts = wanted[i].split(" (?=[a-z]+=)");
            Map<String, Object> command = commands.get(i);
            if (!parts[0].equals(command.get("type"))) {
                problems.add("command " + i + " is " + command.get("type") + ", not " + parts[0]);
            }
            // Withdrawing an apology never sent is read right and refused by the store: reading is what is measured.
            boolean readRight = String.valueOf(command.get("error")).contains("had sent no apologies");
            if (command.get("error") != null && !readRight) {
                problems.add("command " + i + " failed: " + command.get("error"));
            }
            for (int p = 1; p < parts.length; p++) {
                String key = parts[p].substring(0, parts[p].indexOf('='));
                String value = parts[p].substring(parts[p].indexOf('=') + 1);
                Object actual = command.get(key);
                String written = actual instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : String.valueOf(actual);
                if (!written.equals(value)) {
                    problems.add("command " + i + " " + key + " is " + written + ", not " + value);
                }
            }
        }
        return problems;
    }

    /** The email as its client sends it; calendar cases are multipart with each text/calendar part. */
    private static byte[] raw(Case email) {
        if (!email.headers().equals("MULTIPART")) {
            String from = email.from();
            return Explainer.email(from, email.subject(), email.body(), email.headers());
        }
        StringBuilder body = new StringBuilder("--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + email.subject() + "\r\n");
        for (String part : email.body().split("\u0000")) {
            body.append("--b1\r\nContent-Type: text/calendar; charset=UTF-8; method=REPLY\r\n\r\n").append(part);
        }
        body.append("--b1--\r\n");
        String raw = "From: " + email.from() + "\r\nTo: secretariat@ssr2.test\r\nSubject: " + email.subject()
                + "\r\nMessage-ID: <cal-" + System.nanoTime() + "@members.test>\r\nDate: Thu, 15 Jun 2017 09:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n" + body;
        return raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
