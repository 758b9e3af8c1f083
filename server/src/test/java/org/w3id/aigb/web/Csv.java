package org.w3id.aigb.web;

import java.util.ArrayList;
import java.util.List;

/** A small reader of RFC 4180 CSV (quoted fields, doubled quotes, CRLF), for the tests of the CSV checklist. */
public final class Csv {
    private Csv() {}

    /** The rows of {@code text}, a leading byte-order mark dropped; a final line break ends the last row. */
    public static List<List<String>> parse(String text) {
        if (text.startsWith("\uFEFF"))
            text = text.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"')
                    quoted = false;
                else
                    cell.append(c);
            } else if (c == '"')
                quoted = true;
            else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else
                cell.append(c);
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
