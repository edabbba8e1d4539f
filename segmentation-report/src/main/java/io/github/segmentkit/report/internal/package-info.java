/**
 * How the report is rendered: one renderer per section, the page around them, an SVG and an HTML writer that escape
 * every text, number formats and colours, and the JSON twin.
 *
 * <p>Internal: not exported.
 */
package io.github.segmentkit.report.internal;
