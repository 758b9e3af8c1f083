package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.util.Set;

import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;

/** {@code queries}: lists the research query library with each question. */
final class QueriesCommand implements Command {
    @Override
    public String name() {
        return "queries";
    }

    @Override
    public String usage() {
        return "queries [--lang ja|en]";
    }

    @Override
    public String summary() {
        return "list the research queries (id and question)";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("lang");
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        String lang = args.get("lang", "en");
        if (!lang.equals("en") && !lang.equals("ja"))
            throw Args.usage("--lang is ja or en");
        for (QueryFile q : QueryLibrary.research(context.sources()).all())
            out.println(q.id() + "\t" + q.get(lang));
        out.flush();
        return Main.OK;
    }
}
