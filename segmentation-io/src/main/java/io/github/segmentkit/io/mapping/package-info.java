/**
 * Column mappings as data: {@link io.github.segmentkit.io.mapping.MappingJson} reads and writes a
 * {@link io.github.segmentkit.io.CustomerMapping} as a small JSON document (format in {@code docs/mapping.md}, with
 * a JSON Schema), reporting every problem with its line, column and JSON pointer in an
 * {@link io.github.segmentkit.io.mapping.InvalidMappingException}.
 */
package io.github.segmentkit.io.mapping;
