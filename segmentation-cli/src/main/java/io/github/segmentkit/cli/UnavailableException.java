package io.github.segmentkit.cli;

/**
 * A file the command needs that does not exist, is a directory or cannot be opened: exit code
 * {@link ExitCodes#UNAVAILABLE}, with a message that says so plainly (the JDK's {@code NoSuchFileException: x} names
 * the path but not the problem).
 *
 * <pre>{@code
 * throw new UnavailableException("the mapping file customers.mapping.json does not exist");
 * }</pre>
 */
public class UnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A file or database that cannot be used, described by {@code message}. */
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A file or database that cannot be used, described by {@code message}. */
    public UnavailableException(String message) {
        super(message);
    }
}
