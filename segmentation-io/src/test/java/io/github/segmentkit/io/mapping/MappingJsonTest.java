package io.github.segmentkit.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingJsonTest {
    private static final String FULL = """
            {
              "formatVersion": 1,
              "id": "customer_id",
              "columns": [
                { "column": "age", "kind": "long", "missing": ["", "n/a"] },
                { "column": "revenu", "attribute": "income", "kind": "double", "decimalSeparator": "," },
                { "column": "country", "kind": "categorical" },
                { "column": "opt_in", "attribute": "newsletter", "kind": "boolean", "true": ["Y"], "false": ["N"] },
                { "column": "joined", "kind": "date", "format": "dd/MM/uuuu" },
                { "column": "login", "kind": "timestamp", "format": "uuuu-MM-dd HH:mm", "zone": "Europe/Paris" },
                { "column": "interests", "kind": "tags", "tagSeparator": ";" },
                { "latitude": "lat", "longitude": "lon", "attribute": "home", "kind": "geoPoint" }
              ]
            }
            """;

    private static final CustomerMapping EXPECTED = CustomerMapping.builder("customer_id")
            .add(ColumnMapping.of("age", Attribute.ofLong("age")).withMissingMarkers("", "n/a"))
            .add(ColumnMapping.of("revenu", Attribute.ofDouble("income")).withDecimalSeparator(','))
            .column("country", Attribute.ofCategorical("country"))
            .add(ColumnMapping.of("opt_in", Attribute.ofBoolean("newsletter"))
                    .withBooleanValues(List.of("y"), List.of("n")))
            .add(ColumnMapping.of("joined", Attribute.ofDate("joined")).withFormat("dd/MM/uuuu"))
            .add(ColumnMapping.of("login", Attribute.ofTimestamp("login")).withFormat("uuuu-MM-dd HH:mm")
                    .withZone(ZoneId.of("Europe/Paris")))
            .add(ColumnMapping.of("interests", Attribute.ofTags("interests")).withTagSeparator(";"))
            .add(ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")))
            .build();

    private static List<Problem> problems(String json) {
        try {
            MappingJson.read(json, "m.json");
        } catch (InvalidMappingException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in " + json);
    }

    @Test
    void should_read_every_kind_and_option() {
        assertThat(MappingJson.read(FULL, "m.json")).isEqualTo(EXPECTED);
    }

    @Test
    void should_write_what_reads_back_equal_leaving_defaults_out() {
        String written = MappingJson.write(EXPECTED);

        assertThat(MappingJson.read(written, null)).isEqualTo(EXPECTED);
        assertThat(written).doesNotContain("\"zone\" : \"UTC\"").contains("\"zone\" : \"Europe/Paris\"");
        assertThat(MappingJson.write(MappingJson.read(written, null))).isEqualTo(written);
    }

    @Test
    void should_read_files_and_streams_naming_the_file(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("customers.mapping.json"), FULL.replace("\"long\"", "\"lng\""));
        assertThatThrownBy(() -> MappingJson.read(file)).isInstanceOf(InvalidMappingException.class)
                .isInstanceOf(DefinitionException.class)
                .hasMessage("customers.mapping.json: line 5, column 32: attribute 'age': at /columns/0/kind: unknown"
                        + " kind 'lng' (did you mean 'long'?); the kinds are [long, double, categorical, boolean,"
                        + " date, timestamp, tags, geoPoint]");
        assertThat(MappingJson.read(new ByteArrayInputStream(FULL.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                null)).isEqualTo(EXPECTED);
    }

    @Test
    void should_report_every_problem_of_a_document_with_line_column_and_pointer() {
        String json = """
                {
                  "formatVersion": 1,
                  "id": "id",
                  "columns": [
                    { "colum": "age", "kind": "long" },
                    { "column": "joined", "kind": "tags", "format": "dd/MM/uuuu" },
                    { "column": "x", "kind": "double", "decimalSeparator": ";" },
                    { "column": "t", "kind": "timestamp", "zone": "Mars/Olympus" },
                    { "column": "lat", "attribute": "home", "kind": "geoPoint" },
                    { "latitude": "a", "longitude": "b", "attribute": "home2", "kind": "geoPoint" },
                    { "column": "home2", "kind": "long" },
                    { "column": "n", "kind": "long", "missing": "n/a" },
                    { "column": "b", "kind": "boolean", "true": ["y"], "false": ["Y"] },
                    { "column": "c", "kind": 7 }
                  ]
                }
                """;

        assertThat(problems(json)).containsExactly(
                new Problem(null, null, "at /columns/0/colum: unknown field 'colum' (did you mean 'column'?); the "
                        + "fields are [attribute, column, decimalSeparator, false, format, kind, latitude, longitude,"
                        + " missing, tagSeparator, true, zone]", new SourcePosition(5, 16)),
                new Problem(null, "joined", "at /columns/1/format: a date/time format does not apply to 'joined',"
                        + " a tags attribute", new SourcePosition(6, 53)),
                new Problem(null, "x", "at /columns/2/decimalSeparator: the decimal separator is '.' or ',', got"
                        + " ';'", new SourcePosition(7, 60)),
                new Problem(null, "t", "at /columns/3/zone: unknown time zone 'Mars/Olympus' (an id such as UTC,"
                        + " Europe/Paris or +02:00)", new SourcePosition(8, 51)),
                new Problem(null, "home", "at /columns/4/column: a geoPoint reads 'latitude' and 'longitude', not"
                        + " 'column'", new SourcePosition(9, 17)),
                new Problem(null, "home2", "at /columns/6/column: attribute 'home2' is mapped twice (first at"
                        + " /columns/5/attribute)", new SourcePosition(11, 17)),
                new Problem(null, "n", "at /columns/7/missing: expected an array of strings, found a string",
                        new SourcePosition(12, 49)),
                new Problem(null, "b", "at /columns/8/true: 'y' is a spelling of both true and false",
                        new SourcePosition(13, 49)),
                new Problem(null, "c", "at /columns/9/kind: expected a string, found a number",
                        new SourcePosition(14, 30)));
    }

    @Test
    void should_report_document_level_problems() {
        assertThat(problems("{\"formatVersion\": 2, \"id\": \"id\", \"columns\": []}")).containsExactly(
                new Problem(null, null, "at /formatVersion: unsupported format version 2; this library reads 1",
                        new SourcePosition(1, 19)));
        assertThat(problems("{\"formatVersion\": 1, \"columns\": {}}")).containsExactly(
                new Problem(null, null, "at /: missing field 'id'", new SourcePosition(1, 1)));
        assertThat(problems("{\"formatVersion\": 1, \"id\": \"\", \"columns\": []}")).containsExactly(
                new Problem(null, null, "at /id: 'id' is empty", new SourcePosition(1, 28)));
        assertThat(problems("[1]")).containsExactly(
                new Problem(null, null, "at /: expected an object, found an array", new SourcePosition(1, 1)));
        assertThat(problems("  ")).containsExactly(
                new Problem(null, null, "the document is empty", new SourcePosition(1, 1)));
    }

    @Test
    void should_report_syntax_errors_and_duplicate_keys_at_their_position() {
        assertThat(problems("{\n  \"formatVersion\": 1,\n  \"id\": \"a\" \"columns\": []\n}")).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).startsWith("not valid JSON: Unexpected character ('\"'");
                    assertThat(p.position()).isEqualTo(new SourcePosition(3, 13));
                });
        assertThat(problems("{\"formatVersion\": 1, \"id\": \"a\", \"id\": \"b\", \"columns\": []}")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON: Duplicate field 'id'"));
    }

    @Test
    void should_refuse_documents_beyond_the_limits() {
        byte[] big = new byte[MappingJson.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> MappingJson.read(new ByteArrayInputStream(big), "big.json"))
                .hasMessage("big.json: the document is larger than 1048576 bytes (MappingJson.MAX_DOCUMENT_BYTES)");
        String longName = "x".repeat(70_000);
        assertThat(problems("{\"formatVersion\": 1, \"id\": \"" + longName + "\", \"columns\": []}")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON: String value length"));
        String deep = "[".repeat(20) + "]".repeat(20);
        assertThat(problems(deep)).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON: Document nesting depth"));
        StringBuilder many = new StringBuilder("{\"formatVersion\": 1, \"id\": \"id\", \"columns\": [");
        for (int i = 0; i <= 4096; i++) {
            many.append(i == 0 ? "" : ",").append("{\"column\": \"c").append(i).append("\", \"kind\": \"long\"}");
        }
        assertThat(problems(many.append("]}").toString())).containsExactly(new Problem(null, null,
                "at /columns: 4097 columns, more than the limit of 4096", new SourcePosition(1, 45)));
    }

    @Test
    void should_escape_control_characters_in_messages() {
        assertThatThrownBy(() -> MappingJson.read("{\"formatVersion\": 1, \"id\": \"id\", \"columns\": [{\"column\": "
                + "\"a\", \"kind\": \"lo\\u001Bng\"}]}", null))
                .hasMessageContaining("unknown kind 'lo\\u001Bng'");
    }
}
