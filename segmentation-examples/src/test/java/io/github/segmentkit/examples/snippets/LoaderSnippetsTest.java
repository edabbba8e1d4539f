package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.csv.CsvCustomerLoader;
import io.github.segmentkit.io.mapping.MappingJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Javadoc examples of segmentation-io that segment, and so need an engine on the class path. */
class LoaderSnippetsTest {
    @Test
    void should_segment_loaded_customers_with_the_mapping_schema(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("customers.csv"), "id,age\n1,30\n2,70\n3,\n");
        CustomerMapping mapping = CustomerMapping.builder("id").column("age", Attribute.ofLong("age")).build();
        CsvCustomerLoader loader = CsvCustomerLoader.builder(mapping).build();
        List<Segment> segments = List.of(Segment.named("senior").where(Attribute.ofLong("age").ge(65)));

        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoadedCustomers.java
        LoadedCustomers loaded = loader.loadAll(file);
        Segmenter<CustomerRecord> segmenter = Segmenter.builder(mapping.schema()).addAll(segments).build();
        SegmentationResult result = segmenter.segment(loaded.customers());

        assertThat(result.count("senior")).isEqualTo(1);
        assertThat(result.customerCount()).isEqualTo(3);
    }

    @Test
    void should_load_and_segment_with_a_json_mapping_as_docs_mapping_md_shows(@TempDir Path dir) throws IOException {
        Path mappingFile = Files.writeString(dir.resolve("customers.mapping.json"), """
                {"formatVersion": 1, "id": "customer_id", "columns": [
                  {"column": "age", "kind": "long"}, {"column": "city", "kind": "categorical"}]}
                """);
        Path csvFile = Files.writeString(dir.resolve("customers.csv"),
                "customer_id,age,city\n1,70,Oslo\n2,thirty,Rome\n3,20,Oslo\n");
        List<Segment> segments = List.of(Segment.named("oslo").where(Attribute.ofCategorical("city").eq("Oslo")));
        LocalDate today = LocalDate.of(2024, 3, 31);

        // javadoc: docs/mapping.md
        CustomerMapping mapping = MappingJson.read(mappingFile);   // customers.mapping.json
        LoadedCustomers loaded = CsvCustomerLoader.builder(mapping).errorMode(ErrorMode.LENIENT).build().loadAll(csvFile);
        Segmenter<CustomerRecord> segmenter = Segmenter.builder(mapping.schema()).addAll(segments).asOf(today).build();
        SegmentationResult result = segmenter.segment(loaded.customers());
        String json = MappingJson.write(mapping);   // canonical: read(write(m)) equals m

        assertThat(result.count("oslo")).isEqualTo(2);
        assertThat(loaded.report().rejected()).extracting(Object::toString)
                .containsExactly("customers.csv, line 3, column 'age', value 'thirty': not a whole number");
        assertThat(MappingJson.read(json, null)).isEqualTo(mapping);
    }
}
