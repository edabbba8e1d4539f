package io.github.segmentkit.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mappings written by {@link MappingJson#write} read back equal, and what is written conforms to the
 * published JSON Schema, checked by an independent validator.
 */
class MappingRoundTripPropertiesTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Property(tries = 300)
    void should_read_back_what_it_writes_and_write_what_the_schema_accepts(
            @ForAll("mappings") CustomerMapping mapping) throws IOException {
        String json = MappingJson.write(mapping);

        assertThat(MappingJson.read(json, null)).isEqualTo(mapping);
        assertThat(MappingDocsTest.SCHEMA.validate(PLAIN.readTree(json))).isEmpty();
    }

    @Property(tries = 100)
    void should_have_the_schema_reject_options_the_reader_rejects(@ForAll("mappings") CustomerMapping mapping)
            throws IOException {
        String json = MappingJson.write(mapping).replace("\"kind\" : \"", "\"tagSeparator\" : \"+\", \"kind\" : \"");
        boolean readerAccepts;
        try {
            MappingJson.read(json, null);
            readerAccepts = true;
        } catch (InvalidMappingException e) {
            readerAccepts = false;
        }
        assertThat(MappingDocsTest.SCHEMA.validate(PLAIN.readTree(json)).isEmpty()).isEqualTo(readerAccepts);
    }

    @Provide
    Arbitrary<CustomerMapping> mappings() {
        Arbitrary<String> names = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank() && s.chars().noneMatch(Character::isISOControl)
                        && s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
        return Combinators.combine(names, column(names).list().ofMaxSize(8).uniqueElements(c -> c.attribute().name()))
                .as((id, columns) -> CustomerMapping.builder(id).addAll(columns).build());
    }

    private static Arbitrary<ColumnMapping> column(Arbitrary<String> names) {
        Arbitrary<List<String>> markers = Arbitraries.strings().ofMaxLength(5).map(String::strip).list()
                .ofMaxSize(3).injectNull(0.6);
        return Combinators.combine(names, names, Arbitraries.of(AttributeKind.values()), markers,
                Arbitraries.integers().between(0, 3)).as((column, attribute, kind, missing, option) -> {
                    ColumnMapping mapping = kind == AttributeKind.GEO_POINT
                            ? ColumnMapping.geoPoint(column, column + "_lon", Attribute.ofGeoPoint(attribute))
                            : ColumnMapping.of(column, attribute, kind);
                    if (missing != null) {
                        mapping = mapping.withMissingMarkers(missing);
                    }
                    return option == 0 ? mapping : withOption(mapping, kind, option);
                });
    }

    private static ColumnMapping withOption(ColumnMapping mapping, AttributeKind kind, int option) {
        switch (kind) {
            case DOUBLE:
            case GEO_POINT:
                return mapping.withDecimalSeparator(',');
            case DATE:
                return mapping.withFormat(option == 1 ? "dd/MM/uuuu" : "yyyyMMdd");
            case TIMESTAMP:
                return option == 1 ? mapping.withZone(ZoneId.of("Asia/Karachi"))
                        : mapping.withFormat("uuuu-MM-dd HH:mm").withZone(ZoneId.of("+05:30"));
            case TAGS:
                return mapping.withTagSeparator(option == 1 ? ";" : ", ");
            case BOOLEAN:
                return mapping.withBooleanValues(List.of("oui", "si"), List.of("non"));
            default:
                return mapping;
        }
    }
}
