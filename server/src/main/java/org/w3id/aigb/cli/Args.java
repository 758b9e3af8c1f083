package org.w3id.aigb.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.aigb.AigbException;

/**
 * Command-line arguments of one command: positionals, {@code --name value} options and
 * {@code --flag}s. Each command declares what it accepts; anything else is a usage error.
 */
public final class Args {
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    /**
     * @param valued names of options that take a value (without {@code --})
     * @param flags  names of options that take none
     */
    public static Args parse(String[] argv, int from, Set<String> valued, Set<String> flags) {
        Args a = new Args();
        for (int i = from; i < argv.length; i++) {
            String s = argv[i];
            if (s.startsWith("--") && s.length() > 2) {
                String name = s.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    a.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= argv.length)
                            throw usage("Option --" + name + " needs a value");
                        value = argv[++i];
                    }
                    a.options.put(name, value);
                } else {
                    throw usage("Unknown option --" + name);
                }
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    public List<String> positionals() {
        return positionals;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** An integer option; a malformed value is a usage error naming the option. */
    public long getLong(String name, long fallback) {
        String v = options.get(name);
        if (v == null)
            return fallback;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw usage("Option --" + name + " needs a number, not '" + v + "'");
        }
    }

    static AigbException.Usage usage(String message) {
        return new AigbException.Usage(message);
    }
}
