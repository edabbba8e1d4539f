package io.github.segmentkit.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The attribute names of records, shared by every record of one mapping so that a record holds only its values. */
final class RecordLayout {
    private final List<String> names;
    private final Map<String, Integer> indexes = new HashMap<>();

    RecordLayout(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            if (indexes.put(this.names.get(i), i) != null) {
                throw new IllegalArgumentException("attribute '" + this.names.get(i) + "' appears twice");
            }
        }
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    int indexOf(String name) {
        Integer index = indexes.get(name);
        if (index == null) {
            throw new IllegalArgumentException("the record has no attribute '" + name + "'; it has " + names);
        }
        return index;
    }
}
