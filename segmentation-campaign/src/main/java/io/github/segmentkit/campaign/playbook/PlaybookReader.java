package io.github.segmentkit.campaign.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.internal.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a playbook document in one streaming pass: the format is flat (an object holding an array of flat objects),
 * so the parser's own location gives every value's line and column without building a tree first. A play in error
 * is skipped and reading goes on, so one run reports every play's problems.
 */
final class PlaybookReader {
    private static final List<String> DOCUMENT_FIELDS = List.of("formatVersion", "plays");
    private static final List<String> PLAY_FIELDS = List.of("segment", "priority", "campaign", "channel",
            "template", "offer");
    private static final List<String> REQUIRED_PLAY_FIELDS = List.of("segment", "priority", "campaign", "channel",
            "template");

    private final JsonParser parser;
    private final List<Problem> problems = new ArrayList<>();

    private PlaybookReader(JsonParser parser) {
        this.parser = parser;
    }

    /** One play as read, with where it and each of its values start. */
    private record PlayAt(Play play, String pointer, Map<String, SourcePosition> positions) {
    }

    static Playbook read(byte[] json, String source) {
        try (JsonParser parser = PlaybookJson.FACTORY.createParser(json)) {
            PlaybookReader reader = new PlaybookReader(parser);
            Playbook playbook = reader.document();
            if (!reader.problems.isEmpty()) {
                throw new InvalidPlaybookException(source, reader.problems);
            }
            return playbook;
        } catch (JsonProcessingException e) {   // syntax errors, duplicate keys and the stream limits
            throw new InvalidPlaybookException(source, List.of(new Problem(null, null, "not valid JSON: "
                    + withoutParserInternals(e.getOriginalMessage()), position(e.getLocation()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Playbook document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problem(null, "", "the document is empty", new SourcePosition(1, 1));
            return null;
        }
        SourcePosition start = here();
        if (first != JsonToken.START_OBJECT) {
            problem(null, "", "expected an object, found " + describe(first), start);
            return null;
        }
        boolean versioned = false;
        List<PlayAt> plays = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("formatVersion")) {
                versioned = true;
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    problem(null, "/formatVersion", "expected the whole number " + PlaybookJson.FORMAT_VERSION
                            + ", found " + describe(value), here());
                    parser.skipChildren();
                } else if (parser.getLongValue() != PlaybookJson.FORMAT_VERSION) {
                    problem(null, "/formatVersion", "unsupported format version " + parser.getText()
                            + "; this library reads " + PlaybookJson.FORMAT_VERSION, here());
                }
            } else if (field.equals("plays")) {
                plays = plays(value);
            } else {
                unknownField(null, "/" + escape(field), field, DOCUMENT_FIELDS);
            }
        }
        if (parser.nextToken() != null) {
            problem(null, "", "unexpected content after the document's object", here());
        }
        if (!versioned) {
            problem(null, "", "missing field 'formatVersion'", start);
        }
        if (plays == null) {
            problem(null, "", "missing field 'plays'", start);
            return null;
        }
        requireDistinct(plays);
        return problems.isEmpty() ? Playbook.of(plays.stream().map(PlayAt::play).toList()) : null;
    }

    private List<PlayAt> plays(JsonToken value) throws IOException {
        List<PlayAt> plays = new ArrayList<>();
        if (value != JsonToken.START_ARRAY) {
            problem(null, "/plays", "expected an array of plays, found " + describe(value), here());
            parser.skipChildren();
            return plays;
        }
        int index = 0;
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            String pointer = "/plays/" + index;
            if (index == Playbook.MAX_PLAYS) {
                problem(null, pointer, "more than " + Playbook.MAX_PLAYS + " plays (Playbook.MAX_PLAYS)", here());
                parser.skipChildren();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                }
                break;
            }
            if (element == JsonToken.START_OBJECT) {
                PlayAt play = play(pointer);
                if (play != null) {
                    plays.add(play);
                }
            } else {
                problem(null, pointer, "expected a play object, found " + describe(element), here());
                parser.skipChildren();
            }
            index++;
        }
        return plays;
    }

    /** The play whose object starts at the current token, or {@code null} when it has problems (recorded). */
    private PlayAt play(String pointer) throws IOException {
        SourcePosition start = here();
        Map<String, SourcePosition> positions = new HashMap<>();
        positions.put("", start);
        Map<String, String> texts = new HashMap<>();
        long priority = 0;
        int before = problems.size();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            positions.put(field, here());
            if (!PLAY_FIELDS.contains(field)) {
                unknownField(texts.get("segment"), pointer + "/" + escape(field), field, PLAY_FIELDS);
            } else if (field.equals("priority")) {
                if (value == JsonToken.VALUE_NUMBER_INT) {
                    priority = parser.getLongValue();
                    texts.put(field, parser.getText());
                } else {
                    problem(texts.get("segment"), pointer + "/priority", "expected a whole number, found "
                            + describe(value), here());
                    parser.skipChildren();
                }
            } else if (value == JsonToken.VALUE_STRING) {
                texts.put(field, parser.getText());
            } else {
                problem(texts.get("segment"), pointer + "/" + field, "expected a string, found " + describe(value),
                        here());
                parser.skipChildren();
            }
        }
        String segment = texts.get("segment");
        for (String required : REQUIRED_PLAY_FIELDS) {
            if (!positions.containsKey(required)) {
                problem(segment, pointer, "missing field '" + required + "'", start);
            }
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (!text.getKey().equals("priority")) {
                try {
                    Action.requireName(text.getKey(), text.getValue());
                } catch (IllegalArgumentException e) {
                    problem(segment, pointer + "/" + text.getKey(), e.getMessage(), positions.get(text.getKey()));
                }
            }
        }
        if (texts.containsKey("priority") && (priority < 1 || priority > Play.MAX_PRIORITY)) {
            problem(segment, pointer + "/priority", "priority " + priority + " is not in [1, " + Play.MAX_PRIORITY
                    + "]", positions.get("priority"));
        }
        if (problems.size() > before) {
            return null;
        }
        Action action = new Action(texts.get("campaign"), texts.get("channel"), texts.get("template"),
                texts.get("offer"));
        return new PlayAt(new Play(segment, action, (int) priority), pointer, positions);
    }

    /** A segment, priority or campaign used twice is reported at its second use, naming the first, in field order. */
    private void requireDistinct(List<PlayAt> plays) {
        for (int i = 0; i < plays.size(); i++) {
            PlayAt later = plays.get(i);
            for (int j = 0; j < i; j++) {
                PlayAt earlier = plays.get(j);
                twice(later, earlier, "segment", later.play().segment().equals(earlier.play().segment()));
                twice(later, earlier, "priority", later.play().priority() == earlier.play().priority());
                twice(later, earlier, "campaign", later.play().campaign().equals(earlier.play().campaign()));
            }
        }
    }

    private void twice(PlayAt later, PlayAt earlier, String field, boolean same) {
        if (same) {
            String value = field.equals("priority") ? Integer.toString(later.play().priority())
                    : "'" + (field.equals("segment") ? later.play().segment() : later.play().campaign()) + "'";
            problem(later.play().segment(), later.pointer() + "/" + field, field + " " + value + " is also the "
                    + field + " of " + earlier.pointer() + "; each play needs its own segment, campaign and "
                    + "priority", later.positions().get(field));
        }
    }

    private void unknownField(String segment, String pointer, String field, List<String> fields) throws IOException {
        String hint = Suggestions.closest(field, fields).map(s -> " (did you mean '" + s + "'?)").orElse("");
        problem(segment, pointer, "unknown field '" + field + "'" + hint + "; the fields are " + fields, here());
        parser.skipChildren();
    }

    /** RFC 6901: '~' and '/' in a field name are written ~0 and ~1 in a pointer. */
    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    private void problem(String segment, String pointer, String message, SourcePosition at) {
        problems.add(new Problem(segment, null, "at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message, at));
    }

    private SourcePosition here() {
        return position(parser.currentTokenLocation());
    }

    private static SourcePosition position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return null;
        }
        return new SourcePosition(location.getLineNr(), location.getColumnNr());
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name().toLowerCase(Locale.ROOT);
        }
    }

    /** The parser's message without its source note, which means nothing to a user. */
    private static String withoutParserInternals(String message) {
        return String.valueOf(message).replaceAll("\\[Source: [^;\\]]*; ", "[")
                .replaceAll(" \\(`StreamReadFeature\\.[A-Z_]+` disabled\\)", "");
    }
}
