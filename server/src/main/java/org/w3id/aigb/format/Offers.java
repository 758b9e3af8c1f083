package org.w3id.aigb.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.Text;

/**
 * The formats one endpoint or command writes, in its order of preference (the first is the
 * default), and the one way a client's choice among them is made:
 * <ul>
 * <li>by name, for {@code --format} and {@code ?format=} ({@link #byName}): a name no format here
 * has is a {@code bad-format} error that lists the names;</li>
 * <li>by an HTTP {@code Accept} header ({@link #negotiate}), as RFC 9110 §12.5.1 says: each
 * offer's weight is that of the most specific range that matches it ({@code text/turtle} before
 * {@code text/*} before {@code *}{@code /*}), {@code q=0} means "not this one", and the offer with
 * the highest weight wins; ties go to the more specific range, then to the range the client named
 * first, then to our order. No Accept header means the default; an Accept that leaves nothing here
 * acceptable is a {@code not-acceptable} error (HTTP 406) that lists what is.</li>
 * </ul>
 * An offer may also answer to other media types than its format's own ({@link #alias}: JSON-LD
 * for {@code application/json}) and to other names ({@link #name}: Fuseki's {@code turtle}).
 * Immutable: each method returns a new list.
 */
public final class Offers {
    /** What a client chose: the format, and the media type it was chosen by (its own, or an alias) to write as Content-Type. */
    public record Choice(Format format, String mediaType) {
        public Choice(Format format) {
            this(format, format.mediaType());
        }

        /** The {@code Content-Type} to write: the media type chosen, UTF-8 for text. */
        public String contentType() {
            return format.isText() ? mediaType + "; charset=utf-8" : mediaType;
        }
    }

    private record Offer(String mediaType, Format format) {}

    private final String what;
    private final List<Offer> offers;
    private final Map<String, Format> names;
    private final Format whenNoAccept;

    private Offers(String what, List<Offer> offers, Map<String, Format> names, Format whenNoAccept) {
        this.what = what;
        this.offers = List.copyOf(offers);
        this.names = Map.copyOf(names);
        this.whenNoAccept = whenNoAccept;
    }

    /**
     * {@code formats} in order of preference, each by its media type and short name; {@code what}
     * names the choice in messages ("format", "report format"). Two formats of one list may not
     * share a name or a media type.
     */
    public static Offers of(String what, Format... formats) {
        if (formats.length == 0)
            throw new IllegalArgumentException("no formats offered");
        List<Offer> offers = new ArrayList<>();
        Map<String, Format> names = new LinkedHashMap<>();
        for (Format f : formats) {
            offers.add(new Offer(f.mediaType(), f));
            if (names.put(f.formatName(), f) != null)
                throw new IllegalArgumentException("two formats named " + f.formatName() + " in one list");
        }
        if (offers.stream().map(Offer::mediaType).distinct().count() != offers.size())
            throw new IllegalArgumentException("a format offered twice");
        return new Offers(what, offers, names, formats[0]);
    }

    /** These offers, with {@code format} also written for a client that asks for {@code mediaType} (after the others). */
    public Offers alias(String mediaType, Format format) {
        requireOffered(format);
        String type = MediaRange.bare(mediaType);
        if (offers.stream().anyMatch(o -> o.mediaType().equals(type)))
            throw new IllegalArgumentException(type + " is offered already");
        List<Offer> more = new ArrayList<>(offers);
        more.add(new Offer(type, format));
        return new Offers(what, more, names, whenNoAccept);
    }

    /** These offers, with {@code format} also chosen by the name {@code name} (never listed in messages). */
    public Offers name(String name, Format format) {
        requireOffered(format);
        Map<String, Format> more = new LinkedHashMap<>(names);
        if (more.putIfAbsent(name.toLowerCase(Locale.ROOT), format) != null)
            throw new IllegalArgumentException("the name " + name + " is taken");
        return new Offers(what, offers, more, whenNoAccept);
    }

    /** These offers, with {@code format} answered when a request has no Accept header (otherwise the first). */
    public Offers withoutAcceptGiving(Format format) {
        requireOffered(format);
        return new Offers(what, offers, names, format);
    }

    private void requireOffered(Format format) {
        if (!formats().contains(format))
            throw new IllegalArgumentException(format + " is not offered");
    }

    /** The formats offered, in order of preference, each once. */
    public List<Format> formats() {
        return List.copyOf(offers.stream().map(Offer::format).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The media types a client may ask for, in order of preference. */
    public List<String> mediaTypes() {
        return offers.stream().map(Offer::mediaType).toList();
    }

    public boolean offers(Format format) {
        return formats().contains(format);
    }

    /** The format with this name (in any case): its short name, or a name given by {@link #name}. */
    public Format byName(String name) {
        Format f = find(name);
        if (f == null)
            throw new AigbException.BadInput("bad-format", "Unknown " + what + " '" + Text.cut(name, 80) + "'; choose one of "
                    + String.join(", ", formats().stream().map(Format::formatName).toList()));
        return f;
    }

    /** The format this name or media type stands for here, or null. */
    public Format find(String nameOrMediaType) {
        if (nameOrMediaType == null)
            return null;
        Format f = names.get(nameOrMediaType.strip().toLowerCase(Locale.ROOT));
        if (f != null)
            return f;
        String type = MediaRange.bare(nameOrMediaType);
        return offers.stream().filter(o -> o.mediaType().equals(type)).map(Offer::format).findFirst().orElse(null);
    }

    /**
     * The offer an {@code Accept} header prefers: the default without one (null or blank), the best
     * acceptable offer otherwise; {@code not-acceptable} when none is.
     */
    public Choice negotiate(String accept) {
        if (accept == null || accept.isBlank())
            return new Choice(whenNoAccept);
        Choice best = best(MediaRange.parse(accept));
        if (best == null)
            throw notAcceptable(accept);
        return best;
    }

    /** Whether {@code accept} (null: no header) lets {@code format} be written, by its own media type or an alias. */
    public boolean acceptable(String accept, Format format) {
        if (accept == null || accept.isBlank())
            return true;
        List<MediaRange> ranges = MediaRange.parse(accept);
        return offers.stream().filter(o -> o.format() == format).anyMatch(o -> weigh(ranges, o.mediaType()) != null);
    }

    /** The error for an Accept header that leaves nothing acceptable: it names what is offered. */
    public AigbException.NotAcceptable notAcceptable(String accept) {
        return new AigbException.NotAcceptable("None of the formats offered here is acceptable to Accept: " + Text.cut(accept, 200)
                + " (a media type with q=0 is refused); offered: " + String.join(", ", mediaTypes()), mediaTypes());
    }

    private Choice best(List<MediaRange> ranges) {
        Offer best = null;
        MediaRange bestRange = null;
        int bestSpecificity = -1;
        for (Offer o : offers) {
            MediaRange r = weigh(ranges, o.mediaType());
            if (r == null)
                continue;
            int specificity = r.specificity(o.mediaType());
            if (best == null || r.q() > bestRange.q()
                    || r.q() == bestRange.q() && (specificity > bestSpecificity
                            || specificity == bestSpecificity && r.position() < bestRange.position())) {
                best = o;
                bestRange = r;
                bestSpecificity = specificity;
            }
        }
        return best == null ? null : new Choice(best.format(), best.mediaType());
    }

    /** The most specific range matching {@code mediaType} (the first such), if its weight is above 0; else null. */
    private static MediaRange weigh(List<MediaRange> ranges, String mediaType) {
        MediaRange match = null;
        int specificity = -1;
        for (MediaRange r : ranges) {
            int s = r.specificity(mediaType);
            if (s > specificity) {
                match = r;
                specificity = s;
            }
        }
        return match == null || match.q() <= 0 ? null : match;
    }

    @Override
    public String toString() {
        return what + " " + mediaTypes();
    }
}
