package org.w3id.aigb;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one way a {@code --format} value is looked up among the formats an enum offers. */
public final class Formats {
    private Formats() {}

    /**
     * The constant of {@code type} whose name ({@code nameOf}, lower case) is {@code value} in any case;
     * otherwise a {@code bad-format} error "Unknown <i>what</i> 'value'; choose one of a, b, c".
     */
    public static <E extends Enum<E>> E byName(Class<E> type, Function<E, String> nameOf, String what, String value) {
        E[] all = type.getEnumConstants();
        for (E e : all)
            if (nameOf.apply(e).equals(value.toLowerCase(Locale.ROOT)))
                return e;
        throw new AigbException.BadInput("bad-format", "Unknown " + what + " '" + value + "'; choose one of "
                + Arrays.stream(all).map(nameOf).collect(Collectors.joining(", ")));
    }
}
