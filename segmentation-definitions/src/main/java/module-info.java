/**
 * Segment definitions and classifier configurations as data: the text language and JSON, read and printed.
 * Only {@code io.github.segmentkit.definitions} is exported; the parsers and printers behind it are internal.
 */
module io.github.segmentkit.definitions {
    requires transitive io.github.segmentkit.api;
    requires com.fasterxml.jackson.databind;

    exports io.github.segmentkit.definitions;
}
