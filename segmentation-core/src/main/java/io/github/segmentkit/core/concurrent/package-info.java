/**
 * Internal: what the engine and the live segmentation need from threads beyond {@code java.util.concurrent}. Exported
 * to {@code segmentation-live} only; may change in any release.
 */
package io.github.segmentkit.core.concurrent;
