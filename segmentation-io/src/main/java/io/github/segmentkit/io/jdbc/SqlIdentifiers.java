package io.github.segmentkit.io.jdbc;

import io.github.segmentkit.api.internal.SafeText;
import java.util.Objects;

/**
 * SQL delimited identifiers: a name in double quotes, an embedded double quote doubled, so that any table or column
 * name is taken literally and cannot end the identifier. Names must not be blank or hold control characters.
 */
final class SqlIdentifiers {
    private SqlIdentifiers() {
    }

    static String quote(String role, String name) {
        Objects.requireNonNull(name, role);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the " + role + " name is blank: '" + name + "'");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the " + role + " name contains a control character: '"
                    + SafeText.escapeControls(name) + "'");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
