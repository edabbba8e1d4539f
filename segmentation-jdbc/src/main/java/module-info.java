/**
 * Criteria pushed down to SQL: {@link io.github.segmentkit.jdbc.SqlCriterionRenderer} turns the criteria AST into
 * parameterised conditions for PostgreSQL, H2 and DuckDB ({@link io.github.segmentkit.jdbc.SqlDialect}), and
 * {@link io.github.segmentkit.jdbc.JdbcSegmentation} evaluates every segment against a table in one scan.
 */
module io.github.segmentkit.jdbc {
    requires transitive io.github.segmentkit.api;
    requires transitive java.sql;
    requires org.slf4j;
    // only SqlTable.builder(String, CustomerMapping) needs it; whoever holds a CustomerMapping has it
    requires static transitive io.github.segmentkit.io;

    exports io.github.segmentkit.jdbc;
}
