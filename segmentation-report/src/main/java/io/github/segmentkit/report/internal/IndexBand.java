package io.github.segmentkit.report.internal;

/**
 * Where an index (segment mean / population mean × 100) or a lift × 100 falls: below 80, 80 to 120, above 120. Each
 * band has a CSS class (its colour) and a sign, so that the band is told by the sign as well as by the colour.
 */
public enum IndexBand {
    /** Below 80: the segment has markedly less of it. */
    LOW("idx low", "▼ "),
    /** 80 to 120, or undefined: about as the population. */
    TYPICAL("idx", ""),
    /** Above 120: the segment has markedly more of it. */
    HIGH("idx high", "▲ ");

    /** The lower edge of the typical band. */
    public static final double LOW_BELOW = 80;
    /** The upper edge of the typical band. */
    public static final double HIGH_ABOVE = 120;

    private final String cssClass;
    private final String sign;

    IndexBand(String cssClass, String sign) {
        this.cssClass = cssClass;
        this.sign = sign;
    }

    /** The band of {@code index} (100 = as the population); NaN is typical, shown without colour. */
    public static IndexBand of(double index) {
        if (index < LOW_BELOW) {
            return LOW;
        }
        return index > HIGH_ABOVE ? HIGH : TYPICAL;
    }

    /** The CSS classes of a cell in this band. */
    public String cssClass() {
        return cssClass;
    }

    /** The sign written before the figure: ▼, ▲ or nothing. */
    public String sign() {
        return sign;
    }

    /** The legend of the bands of an index (100 = as the population). */
    static void indexLegend(Markup html) {
        legend(html, "index", "80", "120");
    }

    /** The legend of the bands of a lift (1 = as the population): the index bands divided by 100. */
    static void liftLegend(Markup html) {
        legend(html, "lift", "0.8", "1.2");
    }

    private static void legend(Markup html, String what, String low, String high) {
        html.open("p", "class", "legend")
                .element("span", LOW.sign + what + " below " + low, "class", LOW.cssClass).text(" ")
                .element("span", what + " " + low + " to " + high, "class", TYPICAL.cssClass).text(" ")
                .element("span", HIGH.sign + what + " above " + high, "class", HIGH.cssClass)
                .close("p");
    }
}
