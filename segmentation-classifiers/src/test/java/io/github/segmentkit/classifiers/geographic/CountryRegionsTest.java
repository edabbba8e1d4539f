package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryRegionsTest {
    private static String label(CountryRegions.Level level, boolean codes, String country) {
        return new CountryRegions("country", "out", level, codes).fit(List.of())
                .apply(MapValues.of("country", country)).value();
    }

    @Test
    void should_hold_the_249_unsd_rows_less_sark() {
        assertThat(M49Table.standard().entries()).hasSize(248);
    }

    @Test
    void should_agree_with_the_region_codes_domain_lists() {
        // docs/classifiers.md ("country-region"): 002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania, 010 Antarctica
        assertThat(label(CountryRegions.Level.REGION, true, "NG")).isEqualTo("002");
        assertThat(label(CountryRegions.Level.REGION, false, "NG")).isEqualTo("Africa");
        assertThat(label(CountryRegions.Level.REGION, true, "BR")).isEqualTo("019");
        assertThat(label(CountryRegions.Level.REGION, true, "JP")).isEqualTo("142");
        assertThat(label(CountryRegions.Level.REGION, true, "DE")).isEqualTo("150");
        assertThat(label(CountryRegions.Level.REGION, true, "AU")).isEqualTo("009");
        assertThat(label(CountryRegions.Level.REGION, false, "AQ")).isEqualTo("Antarctica");
        assertThat(label(CountryRegions.Level.REGION, true, "AQ")).isEqualTo("010");
        // sub-regions: 154 Northern Europe, 021 Northern America, 419 Latin America and the Caribbean
        assertThat(label(CountryRegions.Level.SUB_REGION, true, "GB")).isEqualTo("154");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "GB")).isEqualTo("Northern Europe");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "US")).isEqualTo("Northern America");
        assertThat(label(CountryRegions.Level.SUB_REGION, true, "CA")).isEqualTo("021");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "MX")).isEqualTo("Latin America and the Caribbean");
        assertThat(label(CountryRegions.Level.SUB_REGION, true, "AR")).isEqualTo("419");
    }

    @Test
    void should_match_a_dozen_hand_checked_countries() {
        // checked by hand against the UNSD M49 overview
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "IE")).isEqualTo("Northern Europe");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "FR")).isEqualTo("Western Europe");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "PL")).isEqualTo("Eastern Europe");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "IT")).isEqualTo("Southern Europe");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "TR")).isEqualTo("Western Asia");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "IN")).isEqualTo("Southern Asia");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "CN")).isEqualTo("Eastern Asia");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "SG")).isEqualTo("South-eastern Asia");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "KZ")).isEqualTo("Central Asia");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "EG")).isEqualTo("Northern Africa");
        assertThat(label(CountryRegions.Level.SUB_REGION, false, "NZ")).isEqualTo("Australia and New Zealand");
        assertThat(label(CountryRegions.Level.INTERMEDIATE_REGION, false, "JM")).isEqualTo("Caribbean");
        assertThat(label(CountryRegions.Level.INTERMEDIATE_REGION, false, "KE")).isEqualTo("Eastern Africa");
        assertThat(label(CountryRegions.Level.INTERMEDIATE_REGION, true, "JE")).isEqualTo("830");
        assertThat(label(CountryRegions.Level.INTERMEDIATE_REGION, false, "DE")).isEqualTo("Western Europe");
        assertThat(label(CountryRegions.Level.REGION, false, "NA")).isEqualTo("Africa");   // Namibia, not "missing"
    }

    @Test
    void should_normalise_case_and_explain_codes_it_cannot_place() {
        FittedClassifier regions = new CountryRegions("country", "region", CountryRegions.Level.REGION, false)
                .fit(List.of());
        assertThat(regions.apply(MapValues.of("country", " gb")).value()).isEqualTo("Europe");
        Label uk = regions.apply(MapValues.of("country", "UK"));
        assertThat(uk.reason()).hasValueSatisfying(r -> assertThat(r).contains("the United Kingdom is GB"));
        assertThat(regions.apply(MapValues.of("country", "TW")).isClassified()).isFalse();
        assertThat(regions.apply(MapValues.of("country", "پاکستان")).isClassified()).isFalse();
        assertThat(regions.apply(MapValues.of("country", null)).isClassified()).isFalse();
        assertThat(regions.labels()).containsExactly("Africa", "Americas", "Antarctica", "Asia", "Europe", "Oceania",
                "unclassified");
    }
}
