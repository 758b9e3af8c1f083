package org.w3id.aigb;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every limit the service and the command line put on untrusted input and on the work it asks for,
 * in one record: each {@link Limit} has a default, a command-line flag, an error code and the HTTP
 * status of that error. The server and the commands build one {@code Limits} from their flags and
 * hand it to what reads input ({@code profile.ProfileReader}), derives ({@code obligation.RuleRunner})
 * or answers ({@code web}); nothing else holds a limit of its own. The README's table of limits is
 * checked against {@link Limit#values()} by a test.
 */
public final class Limits {
    /** One limit: what it bounds, its flag, its default, and how exceeding it is reported. */
    public enum Limit {
        REQUEST_BYTES("max-request-bytes", Unit.BYTES, 1L << 20, "request-too-large", 413,
                "a request body on the SPARQL endpoint and the pages (chunked bodies too)"),
        PROFILE_BYTES("max-profile-bytes", Unit.BYTES, 5L << 20, "profile-too-large", 413,
                "a profile: a file of `validate` and `obligations`, a body on `/profiles/…`"),
        DEPTH("max-depth", Unit.COUNT, 64, "too-deep", 400,
                "nesting in a profile: Turtle `[ ]` and `( )`, JSON-LD objects and arrays, RDF/XML elements"),
        LITERAL_CHARS("max-literal-chars", Unit.CHARS, 10_000, "literal-too-long", 413,
                "the longest literal or IRI in a profile"),
        TRIPLES("max-triples", Unit.COUNT, 5_000, "too-many-triples", 413,
                "triples in one profile"),
        EXPANSION("max-expansion", Unit.TIMES, 16, "expansion-too-large", 413,
                "how much larger a profile may become with its prefixes and base written out (its triples as N-Triples) than as sent"),
        FRAMED_TRIPLES("max-framed-triples", Unit.COUNT, 5_000, "too-many-statements", 413,
                "triples of a profile `/profiles/convert` writes as framed JSON-LD (framing takes longer than the profile grows; Turtle is not framed)"),
        TIMEOUT("timeout", Unit.SECONDS, 10_000, "query-timeout", 422,
                "time for one query, validation, derivation or search (on the SPARQL endpoint, a client's `timeout=` in whole seconds can only shorten it)"),
        RESULT_BYTES("max-result-bytes", Unit.BYTES, 32L << 20, "result-too-large", 422,
                "a SPARQL endpoint answer (its terms' size), evaluated in full before its status is sent");

        private final String flag;
        private final Unit unit;
        private final long defaultValue;
        private final String code;
        private final int status;
        private final String what;

        Limit(String flag, Unit unit, long defaultValue, String code, int status, String what) {
            this.flag = flag;
            this.unit = unit;
            this.defaultValue = defaultValue;
            this.code = code;
            this.status = status;
            this.what = what;
        }

        /** The command-line flag, without {@code --}. */
        public String flag() {
            return flag;
        }

        public Unit unit() {
            return unit;
        }

        /** The default, in the unit's base (bytes, characters, a count, milliseconds). */
        public long defaultValue() {
            return defaultValue;
        }

        /** The error code when it is exceeded (README, JSON {@code code}, CLI message). */
        public String code() {
            return code;
        }

        /** The HTTP status when it is exceeded: always a client error. */
        public int status() {
            return status;
        }

        /** What it bounds, for the README table and {@code --help}. */
        public String what() {
            return what;
        }
    }

    /** How a limit's value is written on the command line and in messages. */
    public enum Unit {
        BYTES, CHARS, COUNT,
        /** A factor: {@code 16} is "16 times". */
        TIMES,
        /** Seconds on the command line ({@code 10}, {@code 0.5}, {@code 10s} or {@code 500ms}); held in milliseconds. */
        SECONDS;

        /** The value as a person reads it: {@code 5 MB}, {@code 10 s}, {@code 64}. */
        public String format(long value) {
            return switch (this) {
                case BYTES -> value % (1L << 20) == 0 ? (value >> 20) + " MB" : value % 1024 == 0 ? (value >> 10) + " KB" : value + " bytes";
                case CHARS -> String.format(Locale.ROOT, "%,d characters", value);
                case COUNT -> String.format(Locale.ROOT, "%,d", value);
                case TIMES -> String.format(Locale.ROOT, "%,d times", value);
                case SECONDS -> BigDecimal.valueOf(value, 3).stripTrailingZeros().toPlainString() + " s";
            };
        }
    }

    private static final Limits DEFAULTS = new Limits(new EnumMap<>(Limit.class));

    private final EnumMap<Limit, Long> values;

    private Limits(EnumMap<Limit, Long> values) {
        this.values = values;
    }

    /** Every limit at its default. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** These limits with one changed; {@code value} is in the unit's base and must be positive. */
    public Limits with(Limit limit, long value) {
        if (value <= 0)
            throw usage("--" + limit.flag() + " must be positive, not " + value);
        EnumMap<Limit, Long> copy = new EnumMap<>(Limit.class);
        copy.putAll(values);
        copy.put(limit, value);
        return new Limits(copy);
    }

    /** These limits with one set from its command-line text ({@link #parse}). */
    public Limits with(Limit limit, String text) {
        return with(limit, parse(limit, text));
    }

    public long get(Limit limit) {
        Long v = values.get(limit);
        return v == null ? limit.defaultValue() : v;
    }

    public long requestBytes() {
        return get(Limit.REQUEST_BYTES);
    }

    public long profileBytes() {
        return get(Limit.PROFILE_BYTES);
    }

    public int depth() {
        return (int) Math.min(Integer.MAX_VALUE, get(Limit.DEPTH));
    }

    public int literalChars() {
        return (int) Math.min(Integer.MAX_VALUE, get(Limit.LITERAL_CHARS));
    }

    public long triples() {
        return get(Limit.TRIPLES);
    }

    /** How many times its size in bytes a profile's triples may take written out in full (characters of their terms). */
    public long expansion() {
        return get(Limit.EXPANSION);
    }

    public long timeoutMillis() {
        return get(Limit.TIMEOUT);
    }

    public long resultBytes() {
        return get(Limit.RESULT_BYTES);
    }

    /** The limits that differ from their defaults, for a start-up line. */
    public Map<Limit, Long> changed() {
        return Map.copyOf(values);
    }

    /**
     * A flag's value: a whole number for bytes, characters and counts; seconds for the time limit,
     * as a number ({@code 10}, {@code 0.5}) or with a unit ({@code 10s}, {@code 500ms}).
     */
    public static long parse(Limit limit, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        try {
            if (limit.unit() != Unit.SECONDS)
                return Long.parseLong(t);
            BigDecimal millis = t.endsWith("ms") ? new BigDecimal(t.substring(0, t.length() - 2).strip())
                    : new BigDecimal(t.endsWith("s") ? t.substring(0, t.length() - 1).strip() : t).movePointRight(3);
            if (millis.signum() <= 0 || millis.compareTo(BigDecimal.valueOf(86_400_000)) > 0)
                throw usage("--" + limit.flag() + " must be more than 0 and at most 86400 seconds, not '" + text + "'");
            return Math.max(1, millis.longValue());
        } catch (NumberFormatException e) {
            throw usage("--" + limit.flag() + (limit.unit() == Unit.SECONDS ? " needs a number of seconds (10, 0.5, 10s or 500ms)" : " needs a number")
                    + ", not '" + text + "'");
        }
    }

    /** The error for {@code limit} being exceeded: {@code detail} says by what, and where. */
    public LimitExceeded exceeded(Limit limit, String detail) {
        return exceeded(limit, detail, -1, -1);
    }

    public LimitExceeded exceeded(Limit limit, String detail, long line, long column) {
        return new LimitExceeded(limit, detail + " (the limit is " + limit.unit().format(get(limit)) + ": --" + limit.flag() + ")", line, column);
    }

    private static AigbException.Usage usage(String message) {
        return new AigbException.Usage(message);
    }

    /** A limit was exceeded: a client error (HTTP {@link Limit#status()}, exit code 2), never an internal one. */
    public static final class LimitExceeded extends AigbException {
        private final transient Limit limit;
        private final long line;
        private final long column;

        LimitExceeded(Limit limit, String message, long line, long column) {
            super(limit.code(), message);
            this.limit = limit;
            this.line = line;
            this.column = column;
        }

        public Limit limit() {
            return limit;
        }

        /** Where in the input, or -1. */
        public long line() {
            return line;
        }

        public long column() {
            return column;
        }
    }
}
