package io.github.segmentkit.report.internal;

import io.github.segmentkit.insight.profile.NumericProfile;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * The numeric profile table: one row per numeric attribute, the population's mean, then for each segment its index
 * against the population (coloured by {@link IndexBand}, with its sign) above its mean.
 */
public final class ProfileSection implements Section {
    private final ProfileReport profiles;

    /** The table of {@code profiles}. */
    public ProfileSection(ProfileReport profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String id() {
        return "profiles";
    }

    @Override
    public String title() {
        return "Profiles";
    }

    @Override
    public void render(Markup html) {
        html.element("p", "Each cell: the segment's index (its mean / the mean of all customers × 100) in bold, and "
                + "its mean below.");
        IndexBand.indexLegend(html);
        html.open("div", "class", "scroll").open("table", "class", "profile").open("thead").open("tr")
                .element("th", "attribute", "scope", "col")
                .element("th", "all customers (mean)", "scope", "col");
        for (SegmentProfile segment : profiles.segments()) {
            html.columnHeader(segment.segment());
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (NumericProfile population : profiles.population().numeric()) {
            String attribute = population.attribute();
            html.open("tr").element("th", attribute, "scope", "row")
                    .element("td", Formats.decimal(population.mean()), "class", "num");
            for (SegmentProfile segment : profiles.segments()) {
                cell(html, segment, attribute, segment.numeric(attribute));
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div");
    }

    private static void cell(Markup html, SegmentProfile segment, String attribute,
            Optional<NumericProfile> profile) {
        double index = profile.map(NumericProfile::index).orElse(Double.NaN);
        double mean = profile.map(NumericProfile::mean).orElse(Double.NaN);
        IndexBand band = IndexBand.of(index);
        html.open("td", "class", band.cssClass(), "data-segment", segment.segment(), "data-attribute", attribute)
                .element("span", band.sign() + Formats.fixed(index, 0), "class", "index")
                .element("span", Formats.decimal(mean), "class", "mean")
                .close("td");
    }
}
