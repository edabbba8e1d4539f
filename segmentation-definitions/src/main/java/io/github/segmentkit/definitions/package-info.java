/**
 * Segment definitions and classifier configurations as data, so that segments can live in a CRM's database,
 * be edited by marketers and be versioned: a small text language ({@code .seg}, for people) and JSON
 * ({@code .json}, for storage and APIs, described by the JSON Schema
 * {@code io/github/segmentkit/definitions/segment-definitions.schema.json} on the class path). Both parse to the
 * same syntax tree the Java DSL builds ({@code api.criteria}), and both print canonically, so reading what was
 * printed gives back equal segments.
 *
 * <p>{@link io.github.segmentkit.definitions.Definitions} is the entry point, with three verbs: {@code read} a file,
 * {@code parse} a string or bytes in a {@link io.github.segmentkit.definitions.DefinitionsFormat}, {@code print} a
 * document; a document, segments and classifier configurations, is a
 * {@link io.github.segmentkit.definitions.DefinitionsDocument}. Every problem of a document is reported in one
 * {@link io.github.segmentkit.api.DefinitionException}, each with its line and column (text) or JSON pointer. Input
 * is treated as hostile: nothing is loaded by name, and sizes and depths are limited.
 *
 * <p>The language is specified, with its grammar, in {@code docs/definitions.md} of the repository. The
 * sub-packages {@code json} and {@code text} (the readers and printers behind {@code Definitions}) and {@code source}
 * (where each segment and attribute was written, so that problems point into the source) are internal: the module
 * does not export them.
 */
package io.github.segmentkit.definitions;
