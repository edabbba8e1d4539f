package io.github.segmentkit.spark;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * The function {@link ClassifierColumn} runs on the executors: it carries a fitted classifier as data (type,
 * settings, parameters: strings, numbers, booleans, lists and maps, copied into serialisable collections), restores
 * it once per deserialised copy, and labels one row (id, then the inputs in order) at a time.
 */
final class ClassifierLabels implements UDF1<Row, String> {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final LinkedHashMap<String, Object> settings;
    private final LinkedHashMap<String, Object> parameters;
    private final ArrayList<String> inputs;
    private transient FittedClassifier restored;

    ClassifierLabels(FittedClassifier fitted, List<String> inputs) {
        this.type = fitted.classifier().type();
        this.settings = copy(fitted.classifier().settings());
        this.parameters = copy(fitted.parameters());
        this.inputs = new ArrayList<>(inputs);
        // not the fitted object itself, even where a task runs unserialised: a fit may know more than its saved
        // parameters (an RFM fit knows its population), and every row must get the restored classifier's label
    }

    @Override
    public String call(Row row) {
        if (restored == null) {
            restored = ClassifierRegistry.restore(type, settings, parameters);
        }
        return restored.apply(new RowValues(row)).value();
    }

    /** The row as the customer schema's {@code AttributeValues} would show it. */
    private final class RowValues implements AttributeValues {
        private final Row row;

        RowValues(Row row) {
            this.row = row;
        }

        @Override
        public long id() {
            return ((Number) row.get(0)).longValue();
        }

        @Override
        public Object get(String attribute) {
            int index = inputs.indexOf(attribute);
            if (index < 0) {
                throw new IllegalArgumentException("'" + attribute + "' is not an input of the classifier: " + inputs);
            }
            return normalised(row.get(index + 1));
        }
    }

    static Object normalised(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isNaN(number) ? null : number;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            Set<String> tags = new LinkedHashSet<>();
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(tag -> {
                if (tag != null) {
                    tags.add((String) tag);
                }
            });
            return tags;
        }
        if (value instanceof Row point) {
            Object latitude = point.getAs("latitude");
            Object longitude = point.getAs("longitude");
            if (latitude == null || longitude == null) {
                return null;
            }
            double lat = ((Number) latitude).doubleValue();
            double lon = ((Number) longitude).doubleValue();
            return Double.isNaN(lat) || Double.isNaN(lon) ? null : GeoPoint.of(lat, lon);
        }
        return value; // Long, BigDecimal, String, Boolean, LocalDate, Instant, or null
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Object> copy(Map<String, Object> data) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        data.forEach((key, value) -> copy.put(key, copyValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return copy((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            ArrayList<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copyValue(item)));
            return copy;
        }
        return value;
    }
}
