/** What a changed threshold would do: a segment's size at each of many candidate bounds of one leaf, in one pass. */
package io.github.segmentkit.insight.whatif;
