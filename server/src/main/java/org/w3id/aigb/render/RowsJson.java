package org.w3id.aigb.render;

import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.aigb.JsonText;
import org.w3id.aigb.query.Table;

/**
 * SELECT results as plain JSON rows for a page's scripts: {@code {"key": [{var: value, ...}, ...]}}, one
 * array per query, one object per row, unbound variables left out. An IRI is its string; a number or
 * boolean literal is a JSON number or boolean; any other literal its lexical form. A pair of variables
 * named {@code xJa} and {@code xEn} becomes one object {@code x: {"ja": ..., "en": ...}}, so that a
 * query says a text is bilingual by how it names its variables, and the script picks the language.
 */
public final class RowsJson {
    private static final String JA = "Ja";
    private static final String EN = "En";

    private RowsJson() {}

    public static String of(Map<String, Table> tables) {
        JsonObject out = new JsonObject();
        tables.forEach((key, table) -> {
            JsonArray rows = new JsonArray();
            for (QuerySolution row : table.rows())
                rows.add(row(table, row));
            out.put(key, rows);
        });
        return JsonText.compact(out);
    }

    private static JsonObject row(Table table, QuerySolution row) {
        JsonObject o = new JsonObject();
        for (String var : table.vars()) {
            RDFNode node = row.get(var);
            if (node == null)
                continue;
            String lang = var.endsWith(JA) ? "ja" : var.endsWith(EN) ? "en" : null;
            if (lang == null) {
                put(o, var, node);
                continue;
            }
            String base = var.substring(0, var.length() - 2);
            JsonObject texts = o.hasKey(base) && o.get(base).isObject() ? o.get(base).getAsObject() : new JsonObject();
            texts.put(lang, text(node));
            o.put(base, texts);
        }
        return o;
    }

    private static void put(JsonObject o, String key, RDFNode node) {
        if (node.isLiteral()) {
            Object value = node.asLiteral().getValue();
            if (value instanceof Boolean b) {
                o.put(key, b);
                return;
            }
            if (value instanceof Number n) {
                if (n.longValue() == n.doubleValue())
                    o.put(key, n.longValue());
                else
                    o.put(key, org.apache.jena.atlas.json.JsonNumber.value(n.doubleValue()));
                return;
            }
        }
        o.put(key, text(node));
    }

    private static String text(RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            return l.getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : node.toString();
    }
}
