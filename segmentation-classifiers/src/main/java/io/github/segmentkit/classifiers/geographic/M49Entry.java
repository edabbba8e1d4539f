package io.github.segmentkit.classifiers.geographic;

/**
 * One country or area of the UN M49 table. Codes are 3-digit strings ({@code "150"}); a level the table leaves
 * empty is an empty string.
 *
 * <pre>{@code
 * M49Entry gb = M49Table.standard().find("GB").orElseThrow();
 * gb.regionName();      // "Europe"
 * gb.subRegionCode();   // "154"
 * }</pre>
 *
 * @param alpha2                 the ISO 3166-1 alpha-2 code
 * @param name                   the M49 name of the country or area
 * @param m49                    its own M49 code
 * @param regionCode             the region code, e.g. {@code 150}
 * @param regionName             the region name, e.g. {@code Europe}
 * @param subRegionCode          the sub-region code, e.g. {@code 154}
 * @param subRegionName          the sub-region name, e.g. {@code Northern Europe}
 * @param intermediateRegionCode the intermediate-region code, or empty
 * @param intermediateRegionName the intermediate-region name, or empty
 */
record M49Entry(String alpha2, String name, String m49, String regionCode, String regionName,
        String subRegionCode, String subRegionName, String intermediateRegionCode, String intermediateRegionName) {
}
