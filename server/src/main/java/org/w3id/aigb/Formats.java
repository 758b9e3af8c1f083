package org.w3id.aigb;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * The one way a {@code --format} value is looked up among the formats an enum offers, and the one
 * way an HTTP {@code Accept} header chooses among the media types a resource offers.
 */
public final class Formats {
    private Formats() {}

    /**
     * The offer that best matches {@code accept}: the first offer (the default) when the client sends
     * no Accept header or accepts anything; {@code not-acceptable} (HTTP 406) when it accepts none of them.
     */
    public static MediaType negotiate(String accept, AcceptList offers) {
        if (accept == null || accept.isBlank())
            return offers.entries().get(0);
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offers);
        } catch (RuntimeException e) {
            chosen = null; // a malformed Accept header names nothing we can match
        }
        if (chosen == null)
            throw new AigbException.NotAcceptable("None of the formats offered here matches Accept: " + Text.cut(accept, 200) + "; offered: "
                    + offers.entries().stream().map(MediaType::getContentTypeStr).collect(Collectors.joining(", ")));
        return chosen;
    }

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
