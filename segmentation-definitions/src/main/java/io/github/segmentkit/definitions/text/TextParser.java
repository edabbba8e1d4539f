package io.github.segmentkit.definitions.text;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.OrderedAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TemporalAttribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.definitions.source.ParsedDefinitions;
import io.github.segmentkit.definitions.source.ParsedSegment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recursive-descent parser of the text language (grammar in {@code docs/definitions.md}). Attribute names are
 * resolved against the schema's attributes while parsing, since the syntax tree is typed. On an error the parser
 * records a {@link Problem} and skips to the next {@code segment} or {@code classifier} declaration, so one run
 * reports the errors of every segment. Nesting deeper than {@link DefinitionLimits#MAX_DEPTH} is an error, never a
 * stack overflow.
 */
public final class TextParser {
    private final List<Token> tokens;
    private final Map<String, Attribute> attributes;
    /** One budget for every "did you mean" of the document, so hostile documents cannot make it slow. */
    private final Suggestions suggestions = Suggestions.withBudget(Suggestions.DEFAULT_BUDGET);
    private final SourceLines lines;
    private final List<Problem> problems;
    /** Where the lexer found problems, before parsing started. */
    private final List<SourcePosition> lexerProblems;
    private int next;
    private int depth;
    private String currentSegment;
    /** Where each attribute is first used in the current segment. */
    private Map<String, SourcePosition> usedAt = new LinkedHashMap<>();
    /** Where each value is first compared with each categorical attribute, in the current segment. */
    private Map<String, Map<String, SourcePosition>> valuesAt = new LinkedHashMap<>();

    private TextParser(List<Token> tokens, Map<String, Attribute> attributes, SourceLines lines,
            List<Problem> problems) {
        this.tokens = tokens;
        this.attributes = attributes;
        this.lines = lines;
        this.problems = problems;
        this.lexerProblems = problems.stream().map(Problem::position).filter(Objects::nonNull).toList();
    }

    /**
     * Parses {@code source}; every problem found is added to {@code problems} (the result then holds the segments
     * that parsed).
     */
    public static ParsedDefinitions parse(String source, Map<String, Attribute> attributes, List<Problem> problems) {
        SourceLines lines = new SourceLines(source);
        List<Token> tokens = Lexer.tokenize(source, lines, problems);
        return new TextParser(tokens, attributes, lines, problems).document();
    }

    /** Unwinds to the segment level after a problem has been recorded. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private ParsedDefinitions document() {
        List<Classifier> classifiers = new ArrayList<>();
        List<ParsedSegment> declarations = new ArrayList<>();
        while (peek().type() != TokenType.END) {
            int startIndex = next;
            Token start = peek();
            currentSegment = null;
            if (start.isKeyword("classifier")) {
                try {
                    Classifier classifier = classifier();
                    if (classifier != null) {
                        classifiers.add(classifier);
                        attributes.putIfAbsent(classifier.output(), Attribute.ofCategorical(classifier.output()));
                    }
                } catch (SyntaxError e) {
                    skipToNextDeclaration(startIndex);
                }
                continue;
            }
            try {
                if (declarations.size() == DefinitionLimits.MAX_SEGMENTS) {
                    throw error(start, "more than " + DefinitionLimits.MAX_SEGMENTS + " segments in one document");
                }
                Segment segment = segment();
                // a token the lexer complained about (a string over the limit, say) was already reported:
                // validating the segment would report it a second time
                boolean lexed = lexerProblems.stream().noneMatch(at -> within(at, start, peek()));
                declarations.add(new ParsedSegment(segment.name(), declarations.size(), start.position(), usedAt,
                        valuesAt, lexed ? segment : null));
            } catch (SyntaxError e) {
                if (declarations.size() == DefinitionLimits.MAX_SEGMENTS) {
                    break;
                }
                if (currentSegment != null) {
                    // kept without a tree, so that references to the name are not reported as unknown
                    declarations.add(new ParsedSegment(currentSegment, declarations.size(), start.position(), usedAt,
                            valuesAt, null));
                }
                skipToNextDeclaration(startIndex);
            }
        }
        return new ParsedDefinitions(classifiers, declarations);
    }

    /**
     * Moves to the next declaration after the one that started at token {@code startIndex}. The search starts
     * right after that start, not at the token in error: a declaration cut off mid-way fails on the next one's
     * {@code segment} keyword, or may even have consumed it, and that next declaration must still be read.
     */
    private void skipToNextDeclaration(int startIndex) {
        next = startIndex;
        if (peek().type() != TokenType.END) {
            next++;
        }
        while (peek().type() != TokenType.END && !startsDeclaration(next)) {
            next++;
        }
    }

    /** Whether {@code at} lies from {@code first} up to, not including, {@code end}. */
    private static boolean within(SourcePosition at, Token first, Token end) {
        return compare(first.position(), at) <= 0 && compare(at, end.position()) < 0;
    }

    private static int compare(SourcePosition a, SourcePosition b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    /** Whether token {@code index} is a 'classifier', or a 'segment' other than the one of 'in segment'. */
    private boolean startsDeclaration(int index) {
        Token token = tokens.get(index);
        if (token.isKeyword("classifier")) {
            return true;
        }
        return token.isKeyword("segment") && !(index > 0 && tokens.get(index - 1).isKeyword("in"));
    }

    /**
     * {@code classifier "type" settings {…}}: configured through the registry, never by class name. Returns
     * {@code null} when the registry rejects the settings (problems recorded; the syntax was fine, so parsing goes
     * on right after it).
     */
    private Classifier classifier() {
        expectKeyword("classifier", "a classifier");
        Token type = expect(TokenType.STRING, "the classifier type in double quotes, e.g. \"age-band\"");
        expectKeyword("settings", "'settings' and the settings object, as in: settings {\"input\": \"age\"}");
        Token open = peek();
        depth = 0;
        Object settings = settingsValue();
        if (!(settings instanceof Map<?, ?>)) {
            throw error(open, "expected the settings object in braces");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) settings;
        Classifier classifier;
        try {
            classifier = ClassifierRegistry.create(type.text(), map);
        } catch (DefinitionException e) {
            for (Problem problem : e.problems()) {
                problems.add(new Problem(problem.segment(), problem.attribute(), namingClassifier(type.text(),
                        problem.message()) + lines.excerpt(type.position()), type.position()));
            }
            return null;
        } catch (RuntimeException e) {
            // a user's provider may fail in its own way; it is still a problem of this document, not a crash
            problems.add(new Problem(null, null, "classifier '" + type.text() + "': the settings were rejected: " + e
                    + lines.excerpt(type.position()), type.position()));
            return null;
        }
        String badOutput = outputNameProblem(classifier, attributes);
        if (badOutput != null) {
            problems.add(new Problem(null, null, namingClassifier(type.text(), badOutput)
                    + lines.excerpt(type.position()), type.position()));
            return null;
        }
        return classifier;
    }

    /**
     * Why {@code classifier}'s output cannot name the categorical attribute the document's segments use, or null
     * when it can: the name must be a valid attribute name, and not already taken by the schema or by an earlier
     * classifier's output (which {@code CustomerSchema.withClassifier} would refuse later, far from the document).
     * Providers (a user's included) need not check the name, so the parsers do.
     */
    public static String outputNameProblem(Classifier classifier, Map<String, Attribute> taken) {
        try {
            Attribute.ofCategorical(classifier.output());
        } catch (IllegalArgumentException | NullPointerException e) {
            return "its output is not a usable attribute name: " + e.getMessage();
        }
        Attribute existing = taken.get(classifier.output());
        if (existing != null) {
            return "its output '" + classifier.output() + "' is already an attribute (" + existing.kind().label()
                    + ", of the schema or an earlier classifier); set \"output\" to another name";
        }
        return null;
    }

    /** {@code message}, prefixed with the classifier's type unless the registry's message already names it. */
    public static String namingClassifier(String type, String message) {
        String prefix = "classifier '" + type + "'";
        return message.startsWith(prefix) ? message : prefix + ": " + message;
    }

    /** A JSON-like value: object, array, string, number, true or false. */
    private Object settingsValue() {
        Token token = take();
        switch (token.type()) {
            case LEFT_BRACE -> {
                enter(token, "settings");
                Map<String, Object> map = new LinkedHashMap<>();
                if (peek().type() != TokenType.RIGHT_BRACE) {
                    do {
                        Token key = expect(TokenType.STRING, "a setting name in double quotes");
                        expect(TokenType.COLON, "':' after the setting name");
                        if (map.put(key.text(), settingsValue()) != null) {
                            throw error(key, "the setting \"" + key.text() + "\" is given twice");
                        }
                        checkListSize(map.size(), "settings in one object");
                    } while (peek().type() == TokenType.COMMA && take() != null);
                }
                expect(TokenType.RIGHT_BRACE, "',' or '}' to end the settings object");
                depth--;
                return map;
            }
            case LEFT_BRACKET -> {
                enter(token, "settings");
                List<Object> list = new ArrayList<>();
                if (peek().type() != TokenType.RIGHT_BRACKET) {
                    do {
                        list.add(settingsValue());
                        checkListSize(list.size(), "values in one list");
                    } while (peek().type() == TokenType.COMMA && take() != null);
                }
                expect(TokenType.RIGHT_BRACKET, "',' or ']' to end the list");
                depth--;
                return list;
            }
            case STRING -> {
                return token.text();
            }
            case NUMBER -> {
                if (token.text().matches("-?[0-9]+")) {
                    try {
                        return Long.parseLong(token.text());
                    } catch (NumberFormatException e) {
                        throw error(token, "the number " + token.text() + " is outside the range of a long");
                    }
                }
                return doubleValue(token, "a setting");
            }
            default -> {
                if (token.isKeyword("true") || token.isKeyword("false")) {
                    return token.isKeyword("true");
                }
                if (token.isKeyword("infinity")) {
                    return Double.POSITIVE_INFINITY;
                }
                throw error(token, "expected a setting value (an object, a list, a string, a number, true or false),"
                        + " but found " + token.describe());
            }
        }
    }

    private Segment segment() {
        expectKeyword("segment", "a segment definition: segment \"name\" where …");
        Token name = expect(TokenType.STRING, "the segment name in double quotes");
        currentSegment = name.text();
        usedAt = new LinkedHashMap<>();
        valuesAt = new LinkedHashMap<>();
        String description = "";
        if (peek().isKeyword("description")) {
            next++;
            description = expect(TokenType.STRING, "the description in double quotes").text();
        }
        expectKeyword("where", "'where' and the segment's criterion");
        depth = 0;
        Criterion criterion = expression();
        if (peek().type() != TokenType.END && !peek().isKeyword("segment") && !peek().isKeyword("classifier")) {
            throw error(peek(), "expected 'and', 'or', the next 'segment' or the end, but found "
                    + peek().describe());
        }
        try {
            return Segment.named(name.text()).describedAs(description).where(criterion);
        } catch (IllegalArgumentException e) {
            throw error(name, e.getMessage());
        }
    }

    private Criterion expression() {
        Criterion left = conjunction();
        if (!peek().isKeyword("or")) {
            return left;
        }
        List<Criterion> operands = new ArrayList<>(List.of(left));
        while (peek().isKeyword("or")) {
            next++;
            operands.add(conjunction());
            checkListSize(operands.size(), "'or' operands");
        }
        return new Or(operands);
    }

    private Criterion conjunction() {
        Criterion left = unary();
        if (!peek().isKeyword("and")) {
            return left;
        }
        List<Criterion> operands = new ArrayList<>(List.of(left));
        while (peek().isKeyword("and")) {
            next++;
            operands.add(unary());
            checkListSize(operands.size(), "'and' operands");
        }
        return new And(operands);
    }

    private Criterion unary() {
        if (peek().isKeyword("not")) {
            Token not = take();
            enter(not, "criteria");
            Criterion operand = unary();
            depth--;
            return new Not(operand);
        }
        return primary();
    }

    /** One level deeper into {@code what} ("criteria" or "settings"), which the message of a too-deep one names. */
    private void enter(Token at, String what) {
        if (++depth > DefinitionLimits.MAX_DEPTH) {
            throw error(at, what + " nested deeper than the limit of " + DefinitionLimits.MAX_DEPTH);
        }
    }

    private Criterion primary() {
        Token token = peek();
        if (token.type() == TokenType.LEFT_PAREN) {
            next++;
            enter(token, "criteria");
            Criterion inner = expression();
            expect(TokenType.RIGHT_PAREN, "')' to close the '(' at " + token.position());
            depth--;
            return inner;
        }
        if (token.isKeyword("all")) {
            next++;
            return Criteria.all();
        }
        if (token.isKeyword("none")) {
            next++;
            return Criteria.none();
        }
        if (token.isKeyword("in")) {
            next++;
            expectKeyword("segment", "'segment' after 'in', as in: in segment \"name\"");
            return Criteria.inSegment(expect(TokenType.STRING, "the segment name in double quotes").text());
        }
        if (token.type() == TokenType.QUOTED_NAME || (token.type() == TokenType.WORD && !isReserved(token))) {
            next++;
            return predicate(token, resolve(token));
        }
        throw error(token, "expected a criterion (an attribute, 'not', '(', 'all', 'none' or 'in segment'),"
                + " but found " + token.describe());
    }

    private static boolean isReserved(Token token) {
        return io.github.segmentkit.definitions.Keywords.isKeyword(token.text());
    }

    private Attribute resolve(Token name) {
        Attribute attribute = attributes.get(name.text());
        if (attribute == null) {
            String hint = suggestions.suggest(name.text(), attributes.keySet())
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            throw error(name, "unknown attribute '" + name.text() + "'" + hint);
        }
        usedAt.putIfAbsent(name.text(), name.position());
        return attribute;
    }

    private Criterion predicate(Token name, Attribute attribute) {
        Token token = peek();
        ComparisonOperator operator = comparisonOperator(token);
        if (operator != null) {
            next++;
            return comparison(name, attribute, operator);
        }
        if (token.isKeyword("between")) {
            next++;
            OrderedAttribute<?> ordered = ordered(name, attribute, "between");
            return between(ordered);
        }
        if (token.isKeyword("in")) {
            next++;
            return new CategoryIn(categorical(name, attribute, "in"), stringList(name.text()));
        }
        if (token.isKeyword("not")) {
            next++;
            expectKeyword("in", "'in' after 'not', as in: country not in (\"US\")");
            return new Not(new CategoryIn(categorical(name, attribute, "not in"), stringList(name.text())));
        }
        if (token.isKeyword("is")) {
            next++;
            return isClause(name, attribute);
        }
        if (token.isKeyword("contains")) {
            next++;
            TagsAttribute tags = kind(name, attribute, TagsAttribute.class, "contains", "tags");
            TagsOperator match = tagMatch();
            return new TagsMatch(tags, match, stringList(null));
        }
        if (token.isKeyword("within")) {
            next++;
            Token amount = expect(TokenType.NUMBER, "a number of days or kilometres after 'within'");
            if (peek().isKeyword("km")) {
                next++;
                GeoPointAttribute point = kind(name, attribute, GeoPointAttribute.class, "within … km", "geo point");
                return new WithinDistance(point, centre(), doubleValue(amount, name.text()));
            }
            expectKeyword("days", "'days' or 'km' after the number");
            return new RelativeDate(temporal(name, attribute, "within … days"), RelativeDateOperator.WITHIN_LAST_DAYS,
                    longValue(amount, name.text()));
        }
        if (token.isKeyword("before") || token.isKeyword("after")) {
            next++;
            Token amount = expect(TokenType.NUMBER, "a number of days");
            expectKeyword("days", "'days'");
            expectKeyword("ago", "'ago', as in: before 365 days ago");
            RelativeDateOperator operator2 = token.isKeyword("before") ? RelativeDateOperator.BEFORE_DAYS_AGO
                    : RelativeDateOperator.AFTER_DAYS_AGO;
            return new RelativeDate(temporal(name, attribute, token.text().toLowerCase(java.util.Locale.ROOT)),
                    operator2, longValue(amount, name.text()));
        }
        throw error(token, "expected a comparison after '" + name.text() + "' (=, !=, <, <=, >, >=, between, in,"
                + " not in, is, contains, within, before, after), but found " + token.describe());
    }

    private static ComparisonOperator comparisonOperator(Token token) {
        return switch (token.type()) {
            case EQ -> ComparisonOperator.EQ;
            case NE -> ComparisonOperator.NE;
            case LT -> ComparisonOperator.LT;
            case LE -> ComparisonOperator.LE;
            case GT -> ComparisonOperator.GT;
            case GE -> ComparisonOperator.GE;
            default -> null;
        };
    }

    private Criterion comparison(Token name, Attribute attribute, ComparisonOperator operator) {
        if (attribute instanceof CategoricalAttribute categorical) {
            if (operator != ComparisonOperator.EQ && operator != ComparisonOperator.NE) {
                throw error(name, "'" + operator.symbol() + "' needs an ordered attribute, but '" + name.text()
                        + "' is categorical: use =, !=, in or not in");
            }
            CategoryIn in = new CategoryIn(categorical, List.of(category(name.text(), "a text value in double quotes")));
            return operator == ComparisonOperator.EQ ? in : new Not(in);
        }
        if (attribute instanceof BooleanAttribute flag) {
            if (operator != ComparisonOperator.EQ && operator != ComparisonOperator.NE) {
                throw error(name, "'" + operator.symbol() + "' does not apply to the boolean '" + name.text()
                        + "': use 'is true' or 'is false'");
            }
            BooleanIs is = new BooleanIs(flag, booleanLiteral());
            return operator == ComparisonOperator.EQ ? is : new Not(is);
        }
        OrderedAttribute<?> ordered = ordered(name, attribute, operator.symbol());
        return comparisonOf(ordered, operator);
    }

    private <V> Criterion comparisonOf(OrderedAttribute<V> attribute, ComparisonOperator operator) {
        return new Comparison<>(attribute, operator, literal(attribute));
    }

    private <V> Criterion between(OrderedAttribute<V> attribute) {
        V low = literal(attribute);
        expectKeyword("and", "'and' between the two bounds");
        V high = literal(attribute);
        return new Between<>(attribute, low, high);
    }

    private Criterion isClause(Token name, Attribute attribute) {
        boolean negated = false;
        if (peek().isKeyword("not")) {
            next++;
            negated = true;
        }
        Token word = peek();
        if (word.isKeyword("missing") || word.isKeyword("present")) {
            next++;
            boolean present = word.isKeyword("present") != negated;
            return present ? Criteria.isPresent(attribute) : Criteria.isMissing(attribute);
        }
        if (word.isKeyword("true") || word.isKeyword("false")) {
            BooleanAttribute flag = kind(name, attribute, BooleanAttribute.class, "is true/false", "boolean");
            BooleanIs is = new BooleanIs(flag, booleanLiteral());
            return negated ? new Not(is) : is;
        }
        throw error(word, "expected 'missing', 'present', 'true' or 'false' after 'is', but found "
                + word.describe());
    }

    private TagsOperator tagMatch() {
        Token word = take();
        if (word.isKeyword("any")) {
            return TagsOperator.ANY;
        }
        if (word.isKeyword("all")) {
            return TagsOperator.ALL;
        }
        if (word.isKeyword("none")) {
            return TagsOperator.NONE;
        }
        throw error(word, "expected 'any', 'all' or 'none' after 'contains', but found " + word.describe());
    }

    private GeoPoint centre() {
        expectKeyword("of", "'of' and the centre, as in: within 50 km of (51.5074, -0.1278)");
        Token open = expect(TokenType.LEFT_PAREN, "'(' before the latitude");
        double latitude = doubleValue(expect(TokenType.NUMBER, "the latitude"), "latitude");
        expect(TokenType.COMMA, "',' between latitude and longitude");
        double longitude = doubleValue(expect(TokenType.NUMBER, "the longitude"), "longitude");
        expect(TokenType.RIGHT_PAREN, "')' after the longitude");
        try {
            return GeoPoint.of(latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw error(open, e.getMessage());
        }
    }

    /** A list of values in double quotes; those of a categorical attribute (not null) have their places kept. */
    private List<String> stringList(String categorical) {
        expect(TokenType.LEFT_PAREN, "'(' and a list of values in double quotes");
        List<String> values = new ArrayList<>();
        if (peek().type() != TokenType.RIGHT_PAREN) {
            values.add(category(categorical, "a value in double quotes"));
            while (peek().type() == TokenType.COMMA) {
                next++;
                values.add(category(categorical, "a value in double quotes"));
                checkListSize(values.size(), "values in one list");
            }
        }
        expect(TokenType.RIGHT_PAREN, "',' or ')' to end the list");
        return values;
    }

    private void checkListSize(int size, String what) {
        if (size > DefinitionLimits.MAX_LIST_SIZE) {
            throw error(peek(), "more than " + DefinitionLimits.MAX_LIST_SIZE + " " + what);
        }
    }

    private String string(String expected) {
        return expect(TokenType.STRING, expected).text();
    }

    /** A value in double quotes compared with {@code attribute} (null: not categorical), its place kept. */
    private String category(String attribute, String expected) {
        Token value = expect(TokenType.STRING, expected);
        if (attribute != null) {
            valuesAt.computeIfAbsent(attribute, a -> new LinkedHashMap<>()).putIfAbsent(value.text(),
                    value.position());
        }
        return value.text();
    }

    private boolean booleanLiteral() {
        Token word = take();
        if (word.isKeyword("true")) {
            return true;
        }
        if (word.isKeyword("false")) {
            return false;
        }
        throw error(word, "expected true or false, but found " + word.describe());
    }

    @SuppressWarnings("unchecked")
    private <V> V literal(OrderedAttribute<V> attribute) {
        String name = attribute.name();
        if (attribute instanceof LongAttribute) {
            return (V) Long.valueOf(longValue(expect(TokenType.NUMBER, "a whole number for '" + name + "'"), name));
        }
        if (attribute instanceof DoubleAttribute) {
            Token token = peek();
            if (token.isKeyword("infinity")) {
                next++;
                return (V) Double.valueOf(Double.POSITIVE_INFINITY);
            }
            return (V) Double.valueOf(doubleValue(expect(TokenType.NUMBER, "a number for '" + name + "'"), name));
        }
        if (attribute instanceof DateAttribute) {
            expectKeyword("date", "a date for '" + name + "', as in: date \"2024-01-31\"");
            Token text = expect(TokenType.STRING, "the date in double quotes, as in: date \"2024-01-31\"");
            try {
                return (V) LocalDate.parse(text.text());
            } catch (DateTimeParseException e) {
                throw error(text, "'" + text.text() + "' is not a date of the form YYYY-MM-DD");
            }
        }
        expectKeyword("timestamp", "a timestamp for '" + name + "', as in: timestamp \"2024-01-31T10:15:30Z\"");
        Token text = expect(TokenType.STRING, "the timestamp in double quotes");
        try {
            return (V) Instant.parse(text.text());
        } catch (DateTimeParseException e) {
            throw error(text, "'" + text.text() + "' is not a UTC timestamp of the form 2024-01-31T10:15:30Z");
        }
    }

    private long longValue(Token token, String what) {
        String text = token.text();
        if (!text.matches("-?[0-9]+")) {
            throw error(token, "expected a whole number for '" + what + "', but found " + token.describe());
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(token, "the number " + text + " for '" + what + "' is outside the range of a long");
        }
    }

    private double doubleValue(Token token, String what) {
        String text = token.text();
        if (text.equals("-Infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw error(token, "expected a number for '" + what + "', but found " + token.describe());
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            // rounding to infinity would change the meaning silently; infinity has its own keyword
            throw error(token, "the number " + text + " for '" + what + "' is outside the range of a double;"
                    + " write infinity or -infinity for an unbounded value");
        }
        return value;
    }

    private OrderedAttribute<?> ordered(Token name, Attribute attribute, String operation) {
        if (attribute instanceof OrderedAttribute<?> ordered) {
            return ordered;
        }
        throw error(name, "'" + operation + "' needs a number, date or timestamp, but '" + name.text() + "' is "
                + attribute.kind().label());
    }

    private CategoricalAttribute categorical(Token name, Attribute attribute, String operation) {
        return kind(name, attribute, CategoricalAttribute.class, operation, "categorical");
    }

    private TemporalAttribute<?> temporal(Token name, Attribute attribute, String operation) {
        if (attribute instanceof TemporalAttribute<?> temporal) {
            return temporal;
        }
        throw error(name, "'" + operation + "' needs a date or timestamp, but '" + name.text() + "' is "
                + attribute.kind().label());
    }

    private <A extends Attribute> A kind(Token name, Attribute attribute, Class<A> type, String operation,
            String expected) {
        if (type.isInstance(attribute)) {
            return type.cast(attribute);
        }
        throw error(name, "'" + operation + "' needs a " + expected + " attribute, but '" + name.text() + "' is "
                + attribute.kind().label());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.type() != TokenType.END) {
            next++;
        }
        return token;
    }

    private Token expect(TokenType type, String expected) {
        Token token = peek();
        if (token.type() != type) {
            throw error(token, "expected " + expected + ", but found " + token.describe());
        }
        next++;
        return token;
    }

    private void expectKeyword(String keyword, String expected) {
        Token token = peek();
        if (!token.isKeyword(keyword)) {
            throw error(token, "expected " + expected + ", but found " + token.describe());
        }
        next++;
    }

    private SyntaxError error(Token at, String message) {
        problems.add(new Problem(currentSegment, null, message + lines.excerpt(at.position()), at.position()));
        return new SyntaxError();
    }

}
