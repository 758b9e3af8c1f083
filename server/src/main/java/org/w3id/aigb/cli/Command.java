package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.util.Set;

import org.w3id.aigb.Limits.Limit;

/** One sub-command of {@code aigb.jar}: declares its options, then does its work. */
interface Command {
    String name();

    /** One line: arguments and options. */
    String usage();

    /** One line: what it does. */
    String summary();

    /** Options taking a value, besides the global ones. */
    Set<String> valuedOptions();

    /** Options taking no value, besides the global ones. */
    default Set<String> flags() {
        return Set.of();
    }

    /** The limits the command applies: each is set by its flag ({@link Limit#flag()}), which the command accepts. */
    default Set<Limit> limits() {
        return Set.of();
    }

    /** Does the work; returns the exit code ({@link Main#OK} or {@link Main#FINDINGS}). */
    int run(Args args, Context context, PrintStream out);
}
