package io.github.segmentkit.definitions;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two forms of a definitions document: the text language ({@code .seg}) and JSON ({@code .json}). Both hold the
 * same classifiers and segments, and {@link Definitions} reads and prints either.
 *
 * <pre>{@code
 * DefinitionsFormat.of(Path.of("crm.json"));   // JSON
 * DefinitionsFormat.of(Path.of("crm.seg"));    // TEXT
 * }</pre>
 */
public enum DefinitionsFormat {
    /** The text language, conventionally in {@code .seg} files; reference in {@code docs/definitions.md}. */
    TEXT,
    /** JSON, in {@code .json} files, described by a JSON Schema; reference in {@code docs/definitions.md}. */
    JSON;

    /** The format of {@code file} by its extension: {@code .json} (any case) is JSON, anything else is text. */
    public static DefinitionsFormat of(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : TEXT;
    }
}
