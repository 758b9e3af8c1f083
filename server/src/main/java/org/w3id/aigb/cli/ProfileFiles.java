package org.w3id.aigb.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.profile.ProfileReader;

/**
 * The profile files of a {@code validate} or {@code obligations} run, read one at a time. With one
 * file, an unreadable one is the command's error (exit 2, nothing written). With several (or a
 * directory), an unreadable or malformed one is reported on stderr and in the output, and the run
 * goes on with the others; the exit code is still 2, so a script sees that something was skipped.
 */
final class ProfileFiles {
    /** A file read: its profile, or why it could not be read. */
    record Read(Path file, Graph profile, AigbException error) {
        boolean ok() {
            return error == null;
        }
    }

    private final List<Path> files;
    private final ProfileReader reader;
    private final Context context;
    private final String command;
    private boolean failed;

    ProfileFiles(Args args, Context context, String command) {
        this.files = ProfileReader.files(args.positionals());
        this.reader = new ProfileReader(context.limits());
        this.context = context;
        this.command = command;
    }

    List<Path> files() {
        return files;
    }

    boolean many() {
        return files.size() > 1;
    }

    /** Reads one of the files; with several, a bad one is reported and returned as such. */
    Read read(Path file) {
        try {
            return new Read(file, reader.read(file), null);
        } catch (AigbException e) {
            if (!many() || Main.exitCode(e) != Main.BAD_INPUT)
                throw e;
            context.err().println("aigb " + command + ": " + e.getMessage() + " (" + e.code() + "); going on with the other files");
            failed = true;
            return new Read(file, null, e);
        }
    }

    /** The exit code for a run whose profiles all conformed or not: 2 if a file was skipped. */
    int exitCode(boolean conforms) {
        return failed ? Main.BAD_INPUT : conforms ? Main.OK : Main.FINDINGS;
    }
}
