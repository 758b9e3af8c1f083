package org.w3id.aigb.search;

import java.util.Locale;

import org.w3id.aigb.AigbException;

/** The two languages of the guideline's texts, and how a query's language is told from its script. */
public enum Lang {
    JA, EN;

    /** The language tag, as in {@code @ja}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Japanese if the text holds any kana or kanji, English otherwise. */
    public static Lang detect(String text) {
        return text.codePoints().anyMatch(Lang::isJapanese) ? JA : EN;
    }

    /** Parses {@code ja} or {@code en}; anything else is bad input. */
    public static Lang of(String tag) {
        for (Lang l : values())
            if (l.tag().equals(tag.strip().toLowerCase(Locale.ROOT)))
                return l;
        throw new AigbException.BadInput("bad-parameter", "lang must be ja or en, not '" + tag + "'");
    }

    /** The language of a literal's tag ({@code ja}, {@code ja-JP}, {@code en-GB} ...), or null. */
    static Lang ofLiteralTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (t.equals("ja") || t.startsWith("ja-"))
            return JA;
        if (t.equals("en") || t.startsWith("en-"))
            return EN;
        return null;
    }

    static boolean isJapanese(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HAN;
    }
}
