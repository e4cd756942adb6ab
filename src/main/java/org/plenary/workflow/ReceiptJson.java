package org.plenary.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenary.PlenaryException;
import org.plenary.language.Command;

/** A receipt as the JSON of PRODUCT.md 3.5 ({@code explain}) and as the ledger's commands and errors. */
public final class ReceiptJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReceiptJson() {
    }

    public static String explain(Receipt receipt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("messageId", receipt.email().messageId());
        out.put("from", receipt.email().from());
        out.put("member", receipt.member() == null ? null : receipt.member().email());
        out.put("role", receipt.member() == null ? null : receipt.member().role().id());
        out.put("autoReply", receipt.email().isAutomatic());
        out.put("viaList", receipt.viaList());
        out.put("visibleText", receipt.email().visibleText());
        out.put("commands", commandList(receipt));
        List<String> errors = new ArrayList<>(receipt.allErrors());
        if (receipt.reason() != null && receipt.outcome() != Outcome.APPLIED) {
            errors.add(receipt.outcome().id() + ": " + receipt.reason());
        }
        out.put("errors", errors);
        out.put("reply", receipt.reply().id());
        out.put("outcome", receipt.outcome().id());
        return write(out);
    }

    static String commands(Receipt receipt) {
        return write(commandList(receipt));
    }

    static String errors(Receipt receipt) {
        return write(receipt.allErrors());
    }

    /** A JSON array of strings, escaped properly whatever they hold. */
    static String strings(List<String> values) {
        return write(values);
    }

    private static List<Map<String, Object>> commandList(Receipt receipt) {
        List<Map<String, Object>> commands = new ArrayList<>();
        for (Effect effect : receipt.effects()) {
            Map<String, Object> command = new LinkedHashMap<>();
            command.put("type", effect.kind().id());
            putFields(command, effect.command(), effect.resolved());
            if (effect.failed()) {
                command.put("error", effect.error());
            }
            commands.add(command);
        }
        return commands;
    }

    /**
     * The command fields of PRODUCT.md 3.5, in the order of that list. A resolved part a refused command did not
     * reach (the meeting it could not find, the person it could not name) is left out, with what depends on it.
     */
    private static void putFields(Map<String, Object> out, Command command, Resolved resolved) {
        if (command instanceof Command.Apology c) {
            putAbsence(out, resolved, c.reason());
            if (c.partial()) {
                out.put("partial", true); // misses part of the meeting: listed, not counted absent
            }
        } else if (command instanceof Command.ApologyWithdrawn) {
            putAbsence(out, resolved, null);
        } else if (command instanceof Command.AgendaRequest c) {
            out.put("title", c.title());
            out.put("minutes", c.minutes());
            putIfResolved(out, "meeting", resolved.meeting());
            putIfResolved(out, "request", resolved.request());
        } else if (command instanceof Command.AgendaDecision c) {
            out.put("request", c.request());
            out.put("decision", c.decision().name().toLowerCase(Locale.ROOT));
            out.put("reason", c.reason());
            putIfResolved(out, "meeting", resolved.meeting());
        } else if (command instanceof Command.ActionCreate c) {
            putCreated(out, c, resolved);
        } else if (command instanceof Command.ActionUpdate c) {
            out.put("action", c.action());
            out.put("status", c.status() == null ? null : c.status().id());
            out.put("due", text(c.due()));
            out.put("owner", resolved.owner());
            out.put("note", c.note());
        } else if (command instanceof Command.MeetingCancel c) {
            if (resolved.meeting() != null) {
                out.put("meeting", resolved.meeting());
                out.put("reason", c.reason());
            }
        } else if (command instanceof Command.Notes c) {
            if (resolved.meeting() != null) {
                out.put("meeting", resolved.meeting());
                out.put("decisions", c.decisions());
                out.put("attended", c.attended());
            }
            if (resolved.actions() != null) {
                List<Map<String, Object>> actions = new ArrayList<>();
                for (int i = 0; i < resolved.actions().size(); i++) {
                    Map<String, Object> action = new LinkedHashMap<>();
                    putCreated(action, c.actions().get(i), resolved.actions().get(i));
                    actions.add(action);
                }
                out.put("actions", actions);
            }
        } else if (command instanceof Command.Undo c) {
            out.put("confirmation", c.confirmation());
        } else {
            // schedule, confirm and move; help and status have no fields
            putIfResolved(out, "meeting", resolved.meeting());
            putIfResolved(out, "start", resolved.start() == null ? null : resolved.start().toString());
            putIfResolved(out, "to", resolved.movedTo());
        }
    }

    /** Apologies and their withdrawal: who is absent, then the meetings with the reason. */
    private static void putAbsence(Map<String, Object> out, Resolved resolved, String reason) {
        putIfResolved(out, "member", resolved.member());
        if (resolved.meetings() != null) {
            out.put("meetings", resolved.meetings());
            out.put("reason", reason);
        }
    }

    private static void putCreated(Map<String, Object> out, Command.ActionCreate command, Resolved resolved) {
        if (resolved.owner() != null) {
            out.put("owner", resolved.owner());
            out.put("title", command.title());
            out.put("due", text(command.due()));
        }
        putIfResolved(out, "action", resolved.action());
    }

    private static void putIfResolved(Map<String, Object> out, String field, Object value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PlenaryException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
