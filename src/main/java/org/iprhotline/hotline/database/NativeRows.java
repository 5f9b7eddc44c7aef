package org.iprhotline.hotline.database;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Values of native query rows as the JDBC driver and Hibernate hand them over, in the types we use. */
public final class NativeRows {

    private NativeRows() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    public static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof java.sql.Array array) {
            try {
                return List.of((String[]) array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
