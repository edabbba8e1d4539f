package io.github.segmentkit.report.internal;

import java.util.Locale;

/**
 * The report's colours. Scales blend from white to one colour, so a light cell is a small figure; every coloured
 * cell also carries its number, since colour alone tells nothing to a colour-blind reader or on a grey printout.
 */
public final class Palette {
    /** Bars and points. */
    public static final String ACCENT = "#3b6ea5";
    /** The darkest colour of the overlap heatmap. */
    static final int[] HEAT = {0x08, 0x30, 0x6b};
    /** The strongest colour of the migration matrix; light enough that dark text stays readable on it. */
    static final int[] MOVE = {0x7f, 0xb2, 0xdc};
    private static final int[] WHITE = {0xff, 0xff, 0xff};
    /** Above this heat, a cell's text is white (its background is dark). */
    static final double DARK_FROM = 0.45;

    private Palette() {
    }

    /** The heatmap colour of {@code t} in [0, 1]. */
    public static String heat(double t) {
        return blend(HEAT, t);
    }

    /** The migration matrix colour of a row share {@code t} in [0, 1]. */
    public static String move(double t) {
        return blend(MOVE, t);
    }

    /** Whether text on {@link #heat(double) heat(t)} must be white to be read. */
    public static boolean isDark(double t) {
        return t > DARK_FROM;
    }

    private static String blend(int[] to, double t) {
        double clamped = Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
        StringBuilder hex = new StringBuilder("#");
        for (int c = 0; c < 3; c++) {
            long channel = Math.round(WHITE[c] + (to[c] - WHITE[c]) * clamped);
            hex.append(String.format(Locale.ROOT, "%02x", channel));
        }
        return hex.toString();
    }
}
