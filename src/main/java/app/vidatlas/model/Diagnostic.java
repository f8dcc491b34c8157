package app.vidatlas.model;

import java.util.Objects;

/**
 * A problem met while loading notes or metadata, worded for the user.
 *
 * @param file     the file it is about, as the user would recognise it
 * @param line     1-based line, 0 when it is about the whole file
 * @param severity {@link Severity#ERROR} when the file (or entry) could not be used, {@link Severity#WARNING} when
 *                 part of it was read otherwise than written, {@link Severity#NOTICE} for a finding about what the
 *                 note says (a line that reads like a citation but names no paper): shown in reports and the
 *                 problems list, not on every command's stderr
 * @param message  what is wrong, and what was done about it
 */
public record Diagnostic(String file, int line, Severity severity, String message) {
    public enum Severity { NOTICE, WARNING, ERROR }

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    public static Diagnostic notice(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.NOTICE, message);
    }

    /** Whether every command should tell it: problems with the files, not findings about their content. */
    public boolean isProblem() {
        return severity != Severity.NOTICE;
    }

    /** {@code file:line: severity: message}, the shape compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
