/**
 * Customers in and memberships out: CSV and JDBC loaders driven by a column mapping (in Java or as a data file),
 * one rejects report for every loader, membership writers, and the comparison of two runs.
 */
module io.github.segmentkit.io {
    requires transitive io.github.segmentkit.api;
    requires org.apache.commons.csv;
    requires org.slf4j;
    requires java.sql;
    requires roaringbitmap;
    requires com.fasterxml.jackson.databind;

    exports io.github.segmentkit.io;
    exports io.github.segmentkit.io.csv;
    exports io.github.segmentkit.io.jdbc;
    exports io.github.segmentkit.io.mapping;
    exports io.github.segmentkit.io.membership;
    exports io.github.segmentkit.io.snapshot;
}
