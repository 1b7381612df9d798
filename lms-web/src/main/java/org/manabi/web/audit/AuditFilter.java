package org.manabi.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.manabi.core.audit.AuditQuery;
import org.manabi.web.problem.FieldViolation;

/**
 * The audit search's query parameters, checked by hand (Payara's OpenAPI generator fails on
 * constraints on query parameters). {@code from} and {@code to} are days in Japan
 * ({@code 2026-04-01}, both included) or instants ({@code 2026-04-01T00:00:00Z}, {@code to}
 * excluded).
 */
record AuditFilter(String actor, String action, String target, String from, String to, String text) {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final int MAX_LENGTH = 200;

    /** The query, or the fields that are wrong. */
    Result toQuery() {
        List<FieldViolation> errors = new ArrayList<>();
        checkLength("actor", actor, errors);
        checkLength("action", action, errors);
        checkLength("target", target, errors);
        checkLength("q", text, errors);
        Optional<Instant> start = instant("from", from, false, errors);
        Optional<Instant> end = instant("to", to, true, errors);
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            errors.add(new FieldViolation("to", "must be after from", "Range"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new AuditQuery(blankToNull(actor), upper(action), blankToNull(target), start.orElse(null),
                end.orElse(null), blankToNull(text)), List.of());
    }

    /** Either a query or the violations. */
    record Result(AuditQuery query, List<FieldViolation> errors) {
    }

    private static Optional<Instant> instant(String field, String value, boolean endOfDay,
                                             List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant());
            }
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(field, "use a date such as 2026-04-01, or an ISO instant", "Date"));
            return Optional.empty();
        }
    }

    private static void checkLength(String field, String value, List<FieldViolation> errors) {
        if (value != null && value.length() > MAX_LENGTH) {
            errors.add(new FieldViolation(field, "at most " + MAX_LENGTH + " characters", "Size"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String plain = blankToNull(value);
        return plain == null ? null : plain.toUpperCase(java.util.Locale.ROOT);
    }
}
