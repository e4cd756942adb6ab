package org.plenary.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.PlenaryException;

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
        if (receipt.reason() != null && !receipt.outcome().equals("applied")) {
            errors.add(receipt.outcome() + ": " + receipt.reason());
        }
        out.put("errors", errors);
        out.put("reply", receipt.reply());
        out.put("outcome", receipt.outcome());
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
            command.put("type", effect.type());
            command.putAll(effect.fields());
            if (effect.failed()) {
                command.put("error", effect.error());
            }
            commands.add(command);
        }
        return commands;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PlenaryException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
