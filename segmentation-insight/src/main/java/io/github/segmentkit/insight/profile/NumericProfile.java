package io.github.segmentkit.insight.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.Objects;

/**
 * One numeric attribute over one segment's members: how many have a value, the mean, the exact quartiles and the
 * index against the population. Quartiles are the linear (type 7, numpy's default) quantiles of the members'
 * values sorted: at p, h = (count − 1)·p, i = ⌊h⌋, q = x<sub>i</sub> + (h − i)(x<sub>i+1</sub> − x<sub>i</sub>).
 * Whole numbers are read as doubles (exact up to 2<sup>53</sup>).
 *
 * @param attribute the attribute's name
 * @param count     members with a value
 * @param missing   members without one
 * @param mean      mean of the values; NaN when {@code count} is 0
 * @param q1        first quartile; NaN when {@code count} is 0
 * @param median    median; NaN when {@code count} is 0
 * @param q3        third quartile; NaN when {@code count} is 0
 * @param index     segment mean / population mean × 100; NaN when either is undefined or the population mean is 0
 */
public record NumericProfile(String attribute, int count, int missing, double mean, double q1, double median,
        double q3, double index) {
    public NumericProfile {
        Objects.requireNonNull(attribute, "attribute");
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object().put("attribute", attribute).put("count", count).put("missing", missing);
        Json.put(node, "mean", mean);
        Json.put(node, "q1", q1);
        Json.put(node, "median", median);
        Json.put(node, "q3", q3);
        return Json.put(node, "index", index);
    }
}
