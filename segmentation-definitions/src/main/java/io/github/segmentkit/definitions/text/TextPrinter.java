package io.github.segmentkit.definitions.text;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.All;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.None;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.definitions.Keywords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints segments in the text language, canonically: fixed lower-case keywords, minimal parentheses, the operands
 * of a top-level {@code and}/{@code or} one per line, numbers in Java's shortest round-tripping form. The output
 * parses back to an equal syntax tree.
 */
public final class TextPrinter implements CriterionVisitor<String> {
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int ATOM = 4;

    private TextPrinter() {
    }

    /** The document for {@code segments}: one block per segment, separated by blank lines. */
    public static String print(List<Segment> segments) {
        return segments.stream().map(TextPrinter::print).collect(Collectors.joining("\n"));
    }

    /** The document for classifiers and segments: the classifiers first, since segments may use their labels. */
    public static String print(List<Classifier> classifiers, List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Classifier classifier : classifiers) {
            text.append("classifier ").append(quote(classifier.type())).append('\n')
                    .append("  settings ").append(SettingsText.print(classifier.settings())).append("\n\n");
        }
        return text.append(print(segments)).toString();
    }

    /** One segment's block. */
    public static String print(Segment segment) {
        StringBuilder text = new StringBuilder("segment ").append(quote(segment.name())).append('\n');
        if (!segment.description().isEmpty()) {
            text.append("  description ").append(quote(segment.description())).append('\n');
        }
        text.append("  where ").append(topLevel(segment.criterion())).append('\n');
        return text.toString();
    }

    /** A top-level conjunction or disjunction is laid out one operand per line, for readable diffs. */
    private static String topLevel(Criterion criterion) {
        TextPrinter printer = new TextPrinter();
        if (criterion instanceof And and) {
            return join(printer, and.operands(), AND, "\n    and ");
        }
        if (criterion instanceof Or or) {
            return join(printer, or.operands(), OR, "\n     or ");
        }
        return criterion.accept(printer);
    }

    private static String join(TextPrinter printer, List<Criterion> operands, int level, String separator) {
        return operands.stream().map(c -> printer.operand(c, level)).collect(Collectors.joining(separator));
    }

    /**
     * An operand printed inside a construct of {@code level}: parenthesised when its own precedence is lower, or
     * when it is the same connective (a nested {@code and} is a different tree from a flat one).
     */
    private String operand(Criterion criterion, int level) {
        int own = precedence(criterion);
        String text = criterion.accept(this);
        return own < level || (own == level && level != NOT) ? "(" + text + ")" : text;
    }

    private static int precedence(Criterion criterion) {
        if (criterion instanceof Or) {
            return OR;
        }
        if (criterion instanceof And) {
            return AND;
        }
        if (criterion instanceof Not) {
            return NOT;
        }
        return ATOM;
    }

    /** A string literal with {@code "} and {@code \} escaped, control characters as {@code \}uXXXX. */
    public static String quote(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\r' -> text.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogate(value, i)) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    private static boolean validSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    /** An attribute name, bare when it reads as a word that is not a keyword, else in back quotes. */
    public static String name(Attribute attribute) {
        String name = attribute.name();
        boolean bare = !Keywords.isKeyword(name) && !name.isEmpty()
                && (Character.isLetter(name.codePointAt(0)) || name.charAt(0) == '_')
                && name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'
                        || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK);
        return bare ? name : "`" + name.replace("`", "``") + "`";
    }

    private static String list(Collection<String> values) {
        return values.stream().map(TextPrinter::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String literal(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof LocalDate date) {
            return "date " + quote(date.toString());
        }
        if (value instanceof Instant instant) {
            return "timestamp " + quote(instant.toString());
        }
        return value.toString();
    }

    private static String number(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return "infinity";
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return "-infinity";
        }
        return Double.toString(value);
    }

    @Override
    public String visitAll(All all) {
        return "all";
    }

    @Override
    public String visitNone(None none) {
        return "none";
    }

    @Override
    public String visitAnd(And and) {
        return join(this, and.operands(), AND, " and ");
    }

    @Override
    public String visitOr(Or or) {
        return join(this, or.operands(), OR, " or ");
    }

    @Override
    public String visitNot(Not not) {
        return "not " + operand(not.operand(), NOT);
    }

    @Override
    public String visitComparison(Comparison<?> comparison) {
        return name(comparison.attribute()) + " " + comparison.operator().symbol() + " "
                + literal(comparison.value());
    }

    @Override
    public String visitBetween(Between<?> between) {
        return name(between.attribute()) + " between " + literal(between.low()) + " and " + literal(between.high());
    }

    @Override
    public String visitCategoryIn(CategoryIn in) {
        return name(in.attribute()) + " in " + list(in.values());
    }

    @Override
    public String visitBooleanIs(BooleanIs booleanIs) {
        return name(booleanIs.attribute()) + " is " + booleanIs.value();
    }

    @Override
    public String visitTagsMatch(TagsMatch tagsMatch) {
        return name(tagsMatch.attribute()) + " contains " + switch (tagsMatch.operator()) {
            case ANY -> "any ";
            case ALL -> "all ";
            case NONE -> "none ";
        } + list(tagsMatch.tags());
    }

    @Override
    public String visitRelativeDate(RelativeDate relativeDate) {
        String name = name(relativeDate.attribute());
        long days = relativeDate.days();
        return switch (relativeDate.operator()) {
            case WITHIN_LAST_DAYS -> name + " within " + days + " days";
            case BEFORE_DAYS_AGO -> name + " before " + days + " days ago";
            case AFTER_DAYS_AGO -> name + " after " + days + " days ago";
        };
    }

    @Override
    public String visitWithinDistance(WithinDistance withinDistance) {
        GeoPoint center = withinDistance.center();
        return name(withinDistance.attribute()) + " within " + number(withinDistance.km()) + " km of ("
                + number(center.latitude()) + ", " + number(center.longitude()) + ")";
    }

    @Override
    public String visitPresence(Presence presence) {
        return name(presence.attribute()) + (presence.isPresentTest() ? " is present" : " is missing");
    }

    @Override
    public String visitInSegment(InSegment inSegment) {
        return "in segment " + quote(inSegment.segmentName());
    }
}
