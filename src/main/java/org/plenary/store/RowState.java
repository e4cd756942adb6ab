package org.plenary.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row as it was at a moment: each column's value as text with the type it is written back as, so two states
 * compare equal exactly when the row is unchanged, on H2 and PostgreSQL alike, and a state kept as JSON can be
 * written back into its table.
 */
public record RowState(Map<String, Cell> columns) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public RowState {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The types a column value is written back with. */
    enum Type {
        TEXT, INTEGER, LONG, BOOLEAN, DATE, INSTANT;

        static Type of(int sqlType) {
            return switch (sqlType) {
                case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
                case Types.BIGINT -> LONG;
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.DATE -> DATE;
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
                default -> TEXT;
            };
        }
    }

    /** One column's value as text (null for SQL NULL) and its type. */
    record Cell(Type type, String value) {
        /** The value to bind, of a Java type both drivers store in the column as it was. */
        Object bound() {
            if (value == null) {
                return null;
            }
            return switch (type) {
                case TEXT -> value;
                case INTEGER -> Integer.valueOf(value);
                case LONG -> Long.valueOf(value);
                case BOOLEAN -> Boolean.valueOf(value);
                case DATE -> LocalDate.parse(value);
                case INSTANT -> Columns.utc(Instant.parse(value));
            };
        }

        /** The Java type of {@link #bound}, so a null is bound with its column's SQL type. */
        Class<?> javaType() {
            return switch (type) {
                case TEXT -> String.class;
                case INTEGER -> Integer.class;
                case LONG -> Long.class;
                case BOOLEAN -> Boolean.class;
                case DATE -> LocalDate.class;
                case INSTANT -> OffsetDateTime.class;
            };
        }
    }

    /** The current row of {@code row}, every column, names in lower case. */
    static RowState of(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Cell> columns = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Type type = Type.of(meta.getColumnType(i));
            String value = switch (type) {
                case DATE -> {
                    LocalDate date = row.getObject(i, LocalDate.class);
                    yield date == null ? null : date.toString();
                }
                case INSTANT -> {
                    OffsetDateTime instant = row.getObject(i, OffsetDateTime.class);
                    yield instant == null ? null : instant.toInstant().toString();
                }
                default -> row.getString(i);
            };
            columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), new Cell(type, value));
        }
        return new RowState(columns);
    }

    /** A column's value as text, or null. */
    public String text(String column) {
        Cell cell = columns.get(column);
        return cell == null ? null : cell.value();
    }

    /** The values of {@code kind}'s key columns, which name this row among its group's. */
    List<String> key(EntityKind kind) {
        return kind.keyColumns().stream().map(this::text).toList();
    }

    String json() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        columns.forEach((name, cell) -> out.put(name, Arrays.asList(cell.type().name(), cell.value())));
        return write(out);
    }

    /** The state {@link #json} wrote, or null for null (the row did not exist). */
    static RowState fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            Map<String, List<String>> read = JSON.readValue(json,
                    new TypeReference<LinkedHashMap<String, List<String>>>() { });
            Map<String, Cell> columns = new LinkedHashMap<>();
            read.forEach((name, cell) -> columns.put(name, new Cell(Type.valueOf(cell.get(0)), cell.get(1))));
            return new RowState(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an undo log state is not the JSON Plenary wrote: " + e.getMessage(), e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and lists always serialise", e);
        }
    }

    static List<String> keyFromJson(String json) {
        try {
            return new ArrayList<>(JSON.readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an undo log key is not the JSON Plenary wrote: " + e.getMessage(), e);
        }
    }
}
