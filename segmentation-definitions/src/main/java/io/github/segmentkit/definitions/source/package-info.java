/**
 * What the text and JSON readers found in a document, with where each segment was declared, and the checks that
 * need the whole document (validation against the schema, duplicate names). Not API: {@code Definitions} is the
 * way in.
 */
package io.github.segmentkit.definitions.source;
