package org.plenary.notify;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The {@code wrap(text, indent)} function of the plain-text templates: wraps at 72 columns, as
 * mail clients quote text well at that width, and starts continuation lines with {@code indent}
 * so list items stay aligned. Existing line breaks (in notes) are kept. Thread-safe.
 */
final class TextWrapper implements TemplateMethodModelEx {
    static final int WIDTH = 72;

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw new TemplateModelException("wrap expects (text) or (text, indent)");
        }
        String text = scalar(arguments.get(0));
        String indent = arguments.size() == 2 ? scalar(arguments.get(1)) : "";
        return wrap(text, indent);
    }

    static String wrap(String text, String indent) {
        if (fitsAsWritten(text)) {
            return text; // most of what templates wrap: a name, a title, a short reason
        }
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n').append(indent);
            }
            wrapLine(lines[i], indent, out);
        }
        return out.toString();
    }

    /** One line that fits, its words one space apart, nothing trailing: what wrapping it would give back. */
    private static boolean fitsAsWritten(String text) {
        if (text.length() > WIDTH) {
            return false;
        }
        int leading = text.length() - text.stripLeading().length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == ' ' && i > leading && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return text.isEmpty() || !Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private static void wrapLine(String line, String indent, StringBuilder out) {
        String leading = line.substring(0, line.length() - line.stripLeading().length());
        out.append(leading);
        int column = leading.length();
        boolean first = true;
        for (String word : line.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!first && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(indent);
                column = indent.length();
            } else if (!first) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            first = false;
        }
    }

    private static String scalar(Object argument) throws TemplateModelException {
        if (argument instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("wrap expects text, not " + argument);
    }
}
