package org.w3id.aigb.checklist;

/**
 * What an applicable or undecided result is about, in the order the checklist lists them: common
 * guiding principles, items, practice notes (standing alone where their item does not apply), Part 2
 * D's Hiroshima principles, the code of conduct. The view query names the kind of each resource
 * by its class ({@code queries/view/checklist.rq}).
 */
public enum Kind {
    PRINCIPLE("principle"), ITEM("item"), NOTE("note"), HIROSHIMA_PRINCIPLE("hiroshima-principle"), CODE_OF_CONDUCT("code-of-conduct");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    /** How the JSON, the CSV and the command line name it. */
    public String code() {
        return code;
    }

    static Kind of(String code) {
        for (Kind k : values())
            if (k.code.equals(code))
                return k;
        throw new IllegalArgumentException("no kind " + code);
    }
}
