package org.plenary.group;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks a group file (PRODUCT.md 3.3). Every mistake is a {@link GroupFileException} whose message
 * names the file and the field, e.g. {@code group.yaml: series[0].rrule: ...}; unknown keys are mistakes too.
 * <p>
 * Defaults: timezone UTC, date-order DMY, agenda-lead P2D, digest MONDAY 08:00 ({@code digest: off} turns the
 * digest off: day and time are then null), duration PT60M. A one-off meeting that leaves out title,
 * standing-items or attendees takes them from the series of the same kind, if there is one.
 * Thread-safe.
 */
public final class GroupFileReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GroupFileReader.class);
    private static final Duration DEFAULT_DURATION = Duration.ofMinutes(60);

    // A key written twice would otherwise keep only its last value, silently.
    private final ObjectMapper yaml = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** Reads several group files named in one setting ({@code PLENARY_GROUP_FILE}), refusing two groups with one id. */
    public List<GroupDefinition> readAll(String commaSeparatedPaths) {
        List<GroupDefinition> groups = new ArrayList<>();
        Map<String, Path> filesById = new HashMap<>();
        Map<String, Path> filesByAddress = new HashMap<>();
        for (String name : commaSeparatedPaths == null ? new String[0] : commaSeparatedPaths.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Path file = Path.of(name.trim());
            GroupDefinition group = read(file);
            Path earlier = filesById.putIfAbsent(group.id(), file);
            if (earlier != null) {
                throw new GroupFileException(file + ": group.id: '" + group.id() + "' is already the id of the group in " + earlier);
            }
            // Mail is routed to a group by Plenary's address, so two groups cannot share one.
            earlier = filesByAddress.putIfAbsent(group.address().toLowerCase(Locale.ROOT), file);
            if (earlier != null) {
                throw new GroupFileException(file + ": group.address: '" + group.address() + "' is already the address of the group in " + earlier);
            }
            groups.add(group);
        }
        if (groups.isEmpty()) {
            throw new GroupFileException("no group file given (set PLENARY_GROUP_FILE, e.g. examples/ssr2/group.yaml)");
        }
        return List.copyOf(groups);
    }

    public GroupDefinition read(Path file) {
        GroupFileNode root = GroupFileNode.root(file, parse(file));
        root.allowOnly("group", "members", "series", "meetings", "actions");

        GroupFileNode group = root.object("group");
        group.allowOnly("id", "name", "tag", "address", "list", "timezone", "date-order", "agenda-lead", "digest", "quorum",
                "reminders", "templates");
        String id = group.required("id", GroupFileValues::groupId, "a group id (lower-case letters, digits and dashes)");
        String address = group.required("address", GroupFileValues::email, "an email address");
        String list = group.optional("list", GroupFileValues::email, "an email address").orElse(null);
        ZoneId zone = group.optional("timezone", ZoneId::of, "a time zone such as UTC or Europe/Rome").orElse(ZoneId.of("UTC"));
        DateOrder dateOrder = group.optional("date-order", text -> DateOrder.valueOf(text.toUpperCase(Locale.ROOT)), "DMY, MDY or YMD")
                .orElse(DateOrder.DMY);
        Duration agendaLead = group.optional("agenda-lead", GroupFileValues::positiveDuration, "an ISO-8601 duration such as P2D")
                .orElse(Duration.ofDays(2));
        DigestSchedule digest = DigestSchedule.of(group);
        Quorum quorum = group.optional("quorum", Quorum::parse, "a number such as 6 or a share such as 50%").orElse(null);
        Reminders reminders = readReminders(group);

        List<Member> members = new MemberListReader().read(root, address, list);
        List<SeriesDefinition> series = readSeries(root);
        List<MeetingDefinition> meetings = readMeetings(root, series);
        List<ActionDefinition> actions = readActions(root, members);
        String tag = group.required("tag", GroupFileValues::tag, "a subject tag (letters, digits, dots and dashes, e.g. BOARD)");
        Path templates = group.optional("templates", text -> folderBeside(file, text), "a folder of templates")
                .orElse(null);
        return new GroupDefinition(id, group.text("name"), tag, address, list, zone, dateOrder, agendaLead,
                digest.day(), digest.time(), members, series, meetings, actions, templates, quorum, reminders,
                readPlaces(root, zone));
    }

    /** A folder named in a group file, read from the folder the file is in (as a deployer writing it would expect). */
    private static Path folderBeside(Path file, String name) {
        Path folder = file.toAbsolutePath().getParent().resolve(name).normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no such folder: " + folder);
        }
        return folder;
    }

    private static Reminders readReminders(GroupFileNode group) {
        if (!group.has("reminders")) {
            return Reminders.NONE;
        }
        GroupFileNode node = group.object("reminders");
        node.allowOnly("before-due", "escalate-after");
        return new Reminders(
                node.optional("before-due", GroupFileValues::positiveDuration, "an ISO-8601 duration such as P2D").orElse(null),
                node.optional("escalate-after", GroupFileValues::positiveDuration, "an ISO-8601 duration such as P3D").orElse(null));
    }

    /** The places of the series (by kind) and of the one-off meetings that name their own. */
    private static Places readPlaces(GroupFileNode root, ZoneId groupZone) {
        Map<String, Place> byKind = new HashMap<>();
        for (GroupFileNode node : root.objects("series")) {
            Place place = place(node);
            if (place.isKnown()) {
                byKind.putIfAbsent(node.text("kind"), place);
            }
        }
        List<Places.OneOff> oneOffs = new ArrayList<>();
        for (GroupFileNode node : root.objects("meetings")) {
            Place place = place(node);
            if (place.isKnown()) {
                ZoneId zone = node.optional("timezone", ZoneId::of, "a time zone").orElse(groupZone);
                oneOffs.add(new Places.OneOff(node.text("kind"),
                        LocalDateTime.parse(node.text("start")).atZone(zone).toInstant(), place));
            }
        }
        return new Places(byKind, oneOffs);
    }

    private static Place place(GroupFileNode node) {
        return new Place(node.optionalText("location").orElse(null),
                node.optional("join-url", GroupFileReader::httpUrl, "an http or https address").orElse(null));
    }

    private static String httpUrl(String text) {
        java.net.URI uri = java.net.URI.create(text.trim());
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException(text);
        }
        return uri.toString();
    }

    private JsonNode parse(Path file) {
        try {
            return yaml.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new GroupFileException(file + ": no such group file");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new GroupFileException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GroupFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private List<SeriesDefinition> readSeries(GroupFileNode root) {
        List<SeriesDefinition> result = new ArrayList<>();
        for (GroupFileNode node : root.objects("series")) {
            node.allowOnly("kind", "title", "rrule", "times", "duration", "standing-items", "attendees", "timezone", "start",
                    "location", "join-url");
            String kind = node.required("kind", GroupFileValues::kind, "a kind (a lower-case word, dashes allowed, e.g. plenary)");
            String rrule = node.text("rrule");
            try {
                RecurrenceRule.parse(rrule);
            } catch (IllegalArgumentException e) {
                throw node.failure("rrule", "'" + rrule + "': " + e.getMessage());
            }
            LocalDate start = node.optional("start", LocalDate::parse, "a date such as 2017-06-20").orElse(null);
            if (start == null && RecurrenceRule.counts(rrule)) {
                throw node.failure("rrule", "COUNT needs a 'start' date to count from");
            }
            List<LocalTime> times = new ArrayList<>();
            for (String time : node.texts("times")) {
                times.add(node.parse("times", time, GroupFileValues::time, "a time such as \"13:00\""));
            }
            if (times.isEmpty()) {
                throw node.failure("times", "needs at least one time, such as [\"13:00\"]");
            }
            result.add(new SeriesDefinition(kind, node.text("title"), rrule, List.copyOf(times), duration(node),
                    List.copyOf(node.texts("standing-items")), roles(node),
                    node.optional("timezone", ZoneId::of, "a time zone such as UTC or Europe/Rome").orElse(null), start));
        }
        return List.copyOf(result);
    }

    private List<MeetingDefinition> readMeetings(GroupFileNode root, List<SeriesDefinition> series) {
        List<MeetingDefinition> result = new ArrayList<>();
        for (GroupFileNode node : root.objects("meetings")) {
            node.allowOnly("kind", "title", "start", "timezone", "duration", "standing-items", "attendees", "location",
                    "join-url");
            String kind = node.required("kind", GroupFileValues::kind, "a kind (a lower-case word, dashes allowed, e.g. briefing)");
            // A one-off plenary is still a plenary: it carries what the plenary series carries unless it says otherwise.
            Optional<SeriesDefinition> sameKind = series.stream().filter(s -> s.kind().equals(kind)).findFirst();
            String title = node.has("title") || sameKind.isEmpty() ? node.text("title") : sameKind.get().title();
            List<String> standingItems = node.has("standing-items") || sameKind.isEmpty()
                    ? List.copyOf(node.texts("standing-items")) : sameKind.get().standingItems();
            List<Role> attendees = node.has("attendees") || sameKind.isEmpty() ? roles(node) : sameKind.get().attendees();
            result.add(new MeetingDefinition(kind, title,
                    node.required("start", LocalDateTime::parse, "a local start such as \"2017-06-25T10:00\""),
                    node.optional("timezone", ZoneId::of, "a time zone such as UTC or Europe/Rome").orElse(null),
                    duration(node), standingItems, attendees));
        }
        return List.copyOf(result);
    }

    private List<ActionDefinition> readActions(GroupFileNode root, List<Member> members) {
        List<ActionDefinition> result = new ArrayList<>();
        for (GroupFileNode node : root.objects("actions")) {
            node.allowOnly("owner", "title", "due");
            String owner = node.required("owner", GroupFileValues::email, "an email address");
            // An organisation's staff may own an action of a group they are not in (a group copied from another
            // keeps its owners): the action is carried over all the same, and the log says so.
            String email = members.stream().filter(m -> m.hasAddress(owner)).findFirst().map(Member::email)
                    .orElseGet(() -> {
                        LOG.warn("{}; the action is carried over all the same",
                                node.failure("owner", "'" + owner + "' is not the email or alias of a member").getMessage());
                        return owner;
                    });
            result.add(new ActionDefinition(email, node.text("title"),
                    node.optional("due", LocalDate::parse, "a date such as 2017-06-30").orElse(null)));
        }
        return List.copyOf(result);
    }

    private static Duration duration(GroupFileNode node) {
        return node.optional("duration", GroupFileValues::positiveDuration, "an ISO-8601 duration such as PT90M").orElse(DEFAULT_DURATION);
    }

    static List<Role> roles(GroupFileNode node) {
        List<Role> roles = new ArrayList<>();
        for (String role : node.texts("attendees")) {
            roles.add(node.parse("attendees", role, Role::of, "a role (chair, staff, member or observer)"));
        }
        return List.copyOf(roles);
    }

    /** When the weekly digest goes out; both null when the group turned it off. */
    private record DigestSchedule(DayOfWeek day, LocalTime time) {
        static DigestSchedule of(GroupFileNode group) {
            JsonNode raw = group.raw("digest");
            // YAML reads an unquoted off as the boolean false.
            if (raw != null && (raw.isBoolean() && !raw.booleanValue() || raw.isTextual() && raw.asText().trim().equalsIgnoreCase("off"))) {
                return new DigestSchedule(null, null);
            }
            return group.optional("digest", DigestSchedule::parse, "a weekday and time such as MONDAY 08:00, or off")
                    .orElse(new DigestSchedule(DayOfWeek.MONDAY, LocalTime.of(8, 0)));
        }

        private static DigestSchedule parse(String text) {
            String[] parts = text.trim().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(text);
            }
            return new DigestSchedule(GroupFileValues.day(parts[0]), GroupFileValues.time(parts[1]));
        }
    }
}
