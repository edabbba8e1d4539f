/**
 * The JSON form of segment definitions, version
 * {@value io.github.segmentkit.definitions.json.JsonFormat#FORMAT_VERSION}:
 * {@link io.github.segmentkit.definitions.json.JsonReader} checks every object for unknown, missing and mistyped
 * fields and names the JSON pointer of each problem; {@link io.github.segmentkit.definitions.json.JsonWriter}
 * writes one object per syntax-tree node, fields in a fixed order;
 * {@link io.github.segmentkit.definitions.json.JsonLocator} places problems found later by validation at the pointer of what they are about. The mapper
 * ({@link io.github.segmentkit.definitions.json.JsonFormat}) rejects duplicate keys and enforces size limits while
 * parsing, before any tree is built.
 *
 * <p>Internal to {@code segmentation-definitions}: use {@code Definitions}. Not API; may change in any release
 * (the format itself is versioned and documented by its JSON Schema).
 */
package io.github.segmentkit.definitions.json;
