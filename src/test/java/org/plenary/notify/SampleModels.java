package org.plenary.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A realistic model for every email, taken from the SSR2 review team of the product brief and its
 * seed agenda. Tests render every template with these.
 */
public final class SampleModels {
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final GroupView GROUP = new GroupView(
            "ssr2", "SSR2 Review Team", "SSR2", "secretariat@ssr2.test", "ssr2-review@ssr2.test", "UTC");
    private static final LocalDate AGENDA_SENT = LocalDate.of(2017, 7, 2);
    private static final LocalDate DIGEST_SENT = LocalDate.of(2017, 6, 19);

    private SampleModels() {
    }

    /** The sample model of a template id, for previews; see {@link TemplateRenderer#TEMPLATE_IDS}. */
    public static Object forTemplate(String templateId) {
        return switch (templateId) {
            case "agenda" -> agenda();
            case "agenda-update" -> agendaUpdate();
            case "cancellation" -> cancellation();
            case "meeting-changes" -> meetingChanges();
            case "summary" -> summary();
            case "digest" -> digest();
            case "confirmation" -> confirmation();
            case "error" -> error();
            case "help" -> help("staff");
            case "status" -> status();
            case "held" -> held();
            case "question" -> question();
            case "notice" -> notice();
            case "signin" -> new SignInModel(GROUP, "Noor Haddad", "http://127.0.0.1:8080/login/sample-one-time-token", 15);
            case "reminder" -> new ReminderModel(GROUP, "Noor Haddad", new ActionView("A7",
                    "Circulate the outreach draft", "Noor Haddad", "noor@ssr2.test", "open", "17 June 2017", 0, null), false);
            case "quorum-warning" -> new QuorumWarningModel(GROUP, "Amara Okafor", agenda().meeting()
                    .with(new org.plenary.group.Place("Adobe Connect room", "https://meet.example.test/ssr2"),
                            new QuorumForecast(6, 3, false)));
            default -> throw new IllegalArgumentException("No sample model for template " + templateId);
        };
    }

    /** The examples the SSR2 group's own store gives on 2 July 2017: its plenary of 4 July and Noor's A7. */
    public static ReplyExamples examples() {
        return new ReplyExamples(true, "plenary", "4 July", "Tuesday 4 July", "2017-07-04", "11 July", "12 July",
                "13:00 UTC", 90, true, "A7", "R3", "Noor", "Larisa", "Amara, Lars, Larisa, Noor", "16 July", "23 July");
    }

    public static GroupView group() {
        return GROUP;
    }

    /** The SSR2 Plenary Call of Tuesday 4 July 2017, 13:00 UTC, with its agenda and an apology. */
    public static MeetingView plenary() {
        Instant start = Instant.parse("2017-07-04T13:00:00Z");
        List<AgendaItemView> items = List.of(
                AgendaItemView.standing("Welcome, roll call, updated SOIs & apologies"),
                AgendaItemView.standing("Review of open action items"),
                new AgendaItemView("R1", "DNS Abuse Study briefing", "accepted", "Noor Haddad", 30,
                        DisplayFormats.slot(start.plusSeconds(600), start.plusSeconds(2400), ZONE),
                        "Noor Haddad", null),
                AgendaItemView.standing("AOB"));
        List<ApologyView> apologies = List.of(new ApologyView("Kaveh Rostami", "kaveh@ssr2.test", "travelling"));
        return MeetingView.of("plenary-2017-07-04", "plenary", "SSR2 Plenary Call", "confirmed", start,
                Duration.ofMinutes(90), ZONE, null, items, apologies);
    }

    /** The request still waiting for the 4 July plenary. */
    public static AgendaItemView techToolsDemo() {
        return new AgendaItemView("R2", "Tech tools demo", "requested", "Zoe Lambert", 20, null, "Zoe Lambert",
                "SSR2 Plenary Call, Tuesday 4 July 13:00 UTC");
    }

    /** The seed's open action items as they stood on {@code today}, overdue first. */
    public static List<ActionView> openActions(LocalDate today) {
        return List.of(
                        action(today, "A1", "Draft SSR2 progress report for SO/ACs to share ahead of ICANN59 in Johannesburg",
                                "Jennifer Bryce", "jennifer@ssr2.test", "in progress", LocalDate.of(2017, 6, 16),
                                "Draft with RT for review. Scheduled to publish 6/20."),
                        action(today, "A2", "Send language to RT for drafting Scope of Work for independent experts",
                                "Larisa Novak", "larisa@ssr2.test", "in progress", LocalDate.of(2017, 6, 30),
                                "Larisa working with team and Co-Chairs on next steps."),
                        action(today, "A3",
                                "Could we move away from the \"SSR2\" moniker and adopt the title \"Security Review\" in public communications?",
                                "Amara Okafor", "amara@ssr2.test", "open", null,
                                "Further information provided to Co-Chairs via email."),
                        action(today, "A4", "Provide SSR1 briefings schedule of availability",
                                "Lars Eriksen", "lars@ssr2.test", "in progress", LocalDate.of(2017, 7, 7),
                                "Briefing proposed for Johannesburg, remaining briefings schedule in development."))
                .stream()
                .sorted(Comparator.comparingInt(ActionView::overdueDays).reversed())
                .toList();
    }

    public static AgendaModel agenda() {
        return new AgendaModel(GROUP, plenary(), openActions(AGENDA_SENT), List.of(techToolsDemo()), GROUP.address(),
                examples());
    }

    public static AgendaUpdateModel agendaUpdate() {
        Instant start = Instant.parse("2017-07-05T14:00:00Z");
        List<AgendaItemView> items = plenary().items().stream()
                .map(item -> item.slot() == null ? item : new AgendaItemView(item.id(), item.title(), item.status(),
                        item.presenter(), item.minutes(),
                        DisplayFormats.slot(start.plusSeconds(600), start.plusSeconds(2400), ZONE),
                        item.requestedBy(), item.meetingTitle()))
                .toList();
        MeetingView moved = MeetingView.of("plenary-2017-07-04", "plenary", "SSR2 Plenary Call", "confirmed",
                start, Duration.ofMinutes(90), ZONE, null, items, plenary().apologies());
        return new AgendaUpdateModel(GROUP, moved,
                "The call moved from Tuesday 4 July 13:00 UTC to Wednesday 5 July 14:00 UTC.");
    }

    /** The seed's cancelled co-chair/staff call of Friday 23 June. */
    public static CancellationModel cancellation() {
        MeetingView call = MeetingView.of("cochairs-2017-06-23", "cochairs", "SSR2 Co-Chairs/Staff Call", "cancelled",
                Instant.parse("2017-06-23T11:00:00Z"), Duration.ofMinutes(60), ZONE, "Johannesburg travel",
                List.of(), List.of());
        return new CancellationModel(GROUP, call, "Johannesburg travel");
    }

    /** One chair's email cancelling three plenaries for the summer, announced together. */
    public static MeetingChangesModel meetingChanges() {
        return new MeetingChangesModel(GROUP, List.of(
                "The SSR2 Plenary Call of Tuesday 11 July 2017, 13:00 UTC is cancelled: summer break",
                "The SSR2 Plenary Call of Tuesday 18 July 2017, 13:00 UTC is cancelled: summer break",
                "The SSR2 Plenary Call of Tuesday 25 July 2017, 13:00 UTC is moved to Wednesday 26 July 2017, 14:00 UTC"));
    }

    public static SummaryModel summary() {
        MeetingView plenary = plenary();
        MeetingView held = new MeetingView(plenary.id(), plenary.kind(), plenary.title(), "held",
                plenary.startLocal(), plenary.startShort(), plenary.startUtc(), plenary.endLocal(),
                plenary.durationMinutes(), null, plenary.items(), plenary.apologies());
        ActionView rotation = new ActionView("A5", "Circulate the revised plenary call rotation schedule",
                "Jennifer Bryce", "jennifer@ssr2.test", "open", "7 July 2017", 0, null);
        ActionView report = new ActionView("A1",
                "Draft SSR2 progress report for SO/ACs to share ahead of ICANN59 in Johannesburg",
                "Jennifer Bryce", "jennifer@ssr2.test", "done", "16 June 2017", 0, "Published 3 July.");
        return new SummaryModel(GROUP, held,
                List.of("Plenary calls rotate between 05:00, 13:00 and 21:00 UTC from 18 July.",
                        "The DNS Abuse Study team presents final results in September."),
                List.of("Amara Okafor", "Lars Eriksen", "Larisa Novak", "Jennifer Bryce", "Noor Haddad", "Zoe Lambert"),
                List.of(rotation), List.of(rotation), List.of(report),
                "DECISION: Plenary calls rotate between 05:00, 13:00 and 21:00 UTC from 18 July.\n"
                        + "DECISION: The DNS Abuse Study team presents final results in September.\n"
                        + "ACTION: Jennifer to circulate the revised plenary call rotation schedule by 7 July\n"
                        + "ATTENDED: Amara, Lars, Larisa, Jennifer, Noor, Zoe");
    }

    /** The digest of Monday 19 June 2017, the week before ICANN59 in Johannesburg. */
    public static DigestModel digest() {
        MeetingView cancelled = cancellation().meeting();
        MeetingView ssr1 = MeetingView.of("briefing-2017-06-25", "briefing", "SSR1 briefing", "confirmed",
                Instant.parse("2017-06-25T08:00:00Z"), Duration.ofHours(2), ZONE, null,
                List.of(), List.of(new ApologyView("Zoe Lambert", "zoe@ssr2.test", null)));
        MeetingView framework = MeetingView.of("briefing-2017-06-26", "briefing",
                "Framework for Registry Operators to Respond to Security Threats", "confirmed",
                Instant.parse("2017-06-26T13:00:00Z"), Duration.ofHours(1), ZONE, null, List.of(), List.of());
        MeetingView plenary = MeetingView.of("plenary-2017-06-27", "plenary", "SSR2 Plenary Call", "tentative",
                Instant.parse("2017-06-27T13:00:00Z"), Duration.ofMinutes(90), ZONE, null,
                List.of(AgendaItemView.standing("Welcome, roll call, updated SOIs & apologies"),
                        AgendaItemView.standing("Review of open action items"),
                        AgendaItemView.standing("AOB")),
                List.of(new ApologyView("Kaveh Rostami", "kaveh@ssr2.test", "travelling")));
        List<ActionView> actions = openActions(DIGEST_SENT);
        List<OwnerActions> byOwner = actions.stream()
                .map(ActionView::ownerEmail)
                .distinct()
                .map(email -> {
                    List<ActionView> own = actions.stream().filter(a -> a.ownerEmail().equals(email)).toList();
                    return new OwnerActions(own.get(0).ownerName(), email, own);
                })
                .toList();
        return new DigestModel(GROUP, DisplayFormats.weekLabel(DIGEST_SENT),
                List.of(cancelled, ssr1, framework, plenary), byOwner,
                List.of("Lars Eriksen cancelled the SSR2 Co-Chairs/Staff Call of Friday 23 June: Johannesburg travel.",
                        "Noor Haddad asked for \"DNS Abuse Study briefing\" (30 min) on the plenary of 4 July; Amara Okafor accepted it.",
                        "A1 is now in progress: Draft with RT for review. Scheduled to publish 6/20."),
                List.of(techToolsDemo()), examples());
    }

    public static ReplyModel confirmation() {
        return new ReplyModel(GROUP, "Kaveh Rostami", "Apologies – plenary 4 July",
                List.of("Your apologies are recorded for the SSR2 Plenary Call, Tuesday 4 July 13:00 UTC (reason: travelling)."),
                List.of(), List.of());
    }

    public static HeldModel held() {
        return new HeldModel(GROUP, "Amara Okafor", "cancel",
                List.of("The SSR2 Plenary Call, Tuesday 20 June 13:00 UTC is cancelled (reason: no quorum)."),
                List.of(), "72 hours");
    }

    public static QuestionModel question() {
        return new QuestionModel(GROUP, "Zoë Brandt", "27 June",
                "Your email could mean more than one meeting on Tuesday 27 June 2017",
                List.of("SSR2 Plenary Call, Tuesday 27 June 13:00 UTC (plenary-2017-06-27)",
                        "Outreach sub-team call, Tuesday 27 June 16:00 UTC (outreach-2017-06-27)"),
                "72 hours", "Plenary has answered you 5 times this hour; it will answer again after that.");
    }

    public static NoticeModel notice() {
        return new NoticeModel(GROUP, null, "Agenda request R1: Outreach plan review",
                List.of("Kaveh Rostami asks for \"Outreach plan review\" (20 min) on the agenda of the SSR2 Plenary Call,"
                        + " Tuesday 27 June 13:00 UTC."),
                List.of("To accept it, reply: ACCEPT R1", "To decline it, reply: DECLINE R1: a reason"));
    }

    public static ReplyModel error() {
        return new ReplyModel(GROUP, "Noor Haddad", "Re: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC",
                List.of(),
                List.of("\"A9 done\": there is no action item A9."),
                List.of("Your open action items: none. Open items with a close id: A1, A2, A4.",
                        "To update an item, write its id and the new status on a line of its own, e.g. \"A4 done\"."));
    }

    public static HelpModel help(String role) {
        return new HelpModel(GROUP, "Larisa Novak", role, "help", examples());
    }

    public static StatusModel status() {
        return new StatusModel(GROUP, "Larisa Novak", "status",
                openActions(AGENDA_SENT).stream().filter(a -> a.ownerEmail().equals("larisa@ssr2.test")).toList(),
                List.of(plenary()));
    }

    private static ActionView action(LocalDate today, String id, String title, String ownerName, String ownerEmail,
            String status, LocalDate due, String lastNote) {
        int overdue = due == null || !due.isBefore(today) ? 0 : (int) ChronoUnit.DAYS.between(due, today);
        return new ActionView(id, title, ownerName, ownerEmail, status, due == null ? null : DisplayFormats.date(due),
                overdue, lastNote);
    }
}
