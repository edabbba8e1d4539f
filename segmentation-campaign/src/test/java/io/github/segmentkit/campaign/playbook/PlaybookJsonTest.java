package io.github.segmentkit.campaign.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookJsonTest {

    @Test
    void should_read_a_document_and_write_it_back_equal() {
        Playbook playbook = PlaybookJson.read("""
                {
                  "formatVersion": 1,
                  "plays": [
                    { "segment": "at-risk", "priority": 2, "campaign": "win-back", "channel": "email",
                      "template": "tpl-winback-3", "offer": "15% off" },
                    { "segment": "champions", "priority": 1, "campaign": "vip-preview", "channel": "sms",
                      "template": "tpl-vip-1" }
                  ]
                }
                """, "playbook.json");

        assertThat(playbook).isEqualTo(Playbook.builder()
                .play("champions", Action.of("vip-preview", "sms", "tpl-vip-1"), 1)
                .play("at-risk", Action.of("win-back", "email", "tpl-winback-3").withOffer("15% off"), 2)
                .build());
        assertThat(PlaybookJson.read(PlaybookJson.write(playbook), null)).isEqualTo(playbook);
        assertThat(PlaybookJson.write(playbook)).startsWith("{\n  \"formatVersion\" : 1,\n  \"plays\" : [ {\n"
                + "    \"segment\" : \"champions\",\n    \"priority\" : 1,");
    }

    @Test
    void should_read_a_file_by_path(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("spring.playbook.json");
        Files.writeString(file, "{\"formatVersion\":1,\"plays\":[{\"segment\":\"s\",\"priority\":3,"
                + "\"campaign\":\"c\",\"channel\":\"call\",\"template\":\"t\"}]}");

        assertThat(PlaybookJson.read(file).plays()).containsExactly(new Play("s", Action.of("c", "call", "t"), 3));
    }

    @Test
    void should_report_every_problem_with_its_line_column_and_pointer() {
        String json = """
                {
                  "formatVersion": 1,
                  "plays": [
                    { "segment": "champions", "priority": 1, "campaign": "vip", "chanel": "email", "template": "t" },
                    { "segment": "at-risk", "priority": "high", "campaign": "win-back", "channel": "email" },
                    { "segment": "lapsed", "priority": 1, "campaign": "vip", "channel": "sms", "template": "t" },
                    { "segment": "new", "priority": 0, "campaign": "", "channel": "sms", "template": "t" }
                  ]
                }
                """;

        InvalidPlaybookException e = catchThrowableOfType(InvalidPlaybookException.class,
                () -> PlaybookJson.read(json, "playbook.json"));

        assertThat(e.source()).isEqualTo("playbook.json");
        // columns counted independently (Python's str.index on the same lines)
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "line 4, column 75: segment 'champions': at /plays/0/chanel: unknown field 'chanel' (did you mean "
                        + "'channel'?); the fields are [segment, priority, campaign, channel, template, offer]",
                "line 4, column 5: segment 'champions': at /plays/0: missing field 'channel'",
                "line 5, column 41: segment 'at-risk': at /plays/1/priority: expected a whole number, found a string",
                "line 5, column 5: segment 'at-risk': at /plays/1: missing field 'template'",
                "line 7, column 52: segment 'new': at /plays/3/campaign: campaign must be 1 to 200 characters, not "
                        + "blank, without control characters; got ''",
                "line 7, column 37: segment 'new': at /plays/3/priority: priority 0 is not in [1, 1000000]");
        assertThat(e.getMessage()).startsWith("playbook.json: ");
    }

    @Test
    void should_report_a_segment_campaign_or_priority_used_twice_at_its_second_use() {
        String json = """
                {
                  "formatVersion": 1,
                  "plays": [
                    { "segment": "champions", "priority": 1, "campaign": "vip", "channel": "sms", "template": "t" },
                    { "segment": "lapsed", "priority": 1, "campaign": "vip", "channel": "sms", "template": "t" },
                    { "segment": "champions", "priority": 3, "campaign": "other", "channel": "sms", "template": "t" }
                  ]
                }
                """;

        InvalidPlaybookException e = catchThrowableOfType(InvalidPlaybookException.class,
                () -> PlaybookJson.read(json, "playbook.json"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "line 5, column 40: segment 'lapsed': at /plays/1/priority: priority 1 is also the priority of "
                        + "/plays/0; each play needs its own segment, campaign and priority",
                "line 5, column 55: segment 'lapsed': at /plays/1/campaign: campaign 'vip' is also the campaign of "
                        + "/plays/0; each play needs its own segment, campaign and priority",
                "line 6, column 18: segment 'champions': at /plays/2/segment: segment 'champions' is also the "
                        + "segment of /plays/0; each play needs its own segment, campaign and priority");
    }

    @Test
    void should_refuse_what_is_not_a_playbook_document() {
        assertThat(problem("")).isEqualTo("line 1, column 1: at /: the document is empty");
        assertThat(problem("[]")).isEqualTo("line 1, column 1: at /: expected an object, found an array");
        assertThat(problem("{\"formatVersion\": 2, \"plays\": []}"))
                .isEqualTo("line 1, column 19: at /formatVersion: unsupported format version 2; this library reads 1");
        assertThat(problem("{\"formatVersion\": {\"major\": 1}, \"plays\": []}"))
                .isEqualTo("line 1, column 19: at /formatVersion: expected the whole number 1, found an object");
        assertThat(problem("{\"plays\": [], \"play\": 1}")).startsWith("line 1, column 23: at /play: unknown field "
                + "'play' (did you mean 'plays'?)");
        assertThat(problem("{\"formatVersion\": 1, \"plays\": {}}"))
                .isEqualTo("line 1, column 31: at /plays: expected an array of plays, found an object");
        assertThat(problem("{\"formatVersion\": 1, \"plays\": [], \"plays\": []}"))
                .startsWith("line 1, column 42: not valid JSON: Duplicate field 'plays'");
        assertThat(problem("{\"formatVersion\": 1, \"plays\": [")).startsWith("line 1, column 32: not valid JSON: ");
    }

    @Test
    void should_refuse_documents_beyond_the_limits() {
        byte[] large = ("{\"formatVersion\": 1, \"plays\": [], \"x\": \"" + "a".repeat(PlaybookJson.MAX_DOCUMENT_BYTES)
                + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlaybookJson.read(new ByteArrayInputStream(large), "big.json"))
                .isInstanceOf(InvalidPlaybookException.class)
                .hasMessage("big.json: the document is larger than 262144 bytes (PlaybookJson.MAX_DOCUMENT_BYTES)");

        StringBuilder many = new StringBuilder("{\"formatVersion\": 1, \"plays\": [");
        for (int i = 0; i <= Playbook.MAX_PLAYS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"segment\":\"s").append(i).append("\",\"priority\":")
                    .append(i + 1).append(",\"campaign\":\"c").append(i).append("\",\"channel\":\"e\",")
                    .append("\"template\":\"t\"}");
        }
        assertThat(problem(many.append("]}").toString())).contains("at /plays/1000: more than 1000 plays");
        assertThat(problem("{\"formatVersion\": 1, \"plays\": [[[[[]]]]]}")).contains("not valid JSON")
                .contains("nesting depth");
    }

    private static String problem(String json) {
        InvalidPlaybookException e = catchThrowableOfType(InvalidPlaybookException.class,
                () -> PlaybookJson.read(json, null));
        assertThat(e).as("refused: %s", json.length() > 80 ? json.substring(0, 80) : json).isNotNull();
        return e.problems().get(0).toString();
    }

    @Test
    void should_place_problems_with_source_positions() {
        InvalidPlaybookException e = catchThrowableOfType(InvalidPlaybookException.class,
                () -> PlaybookJson.read("{\n\"formatVersion\": 1\n}", "p.json"));
        assertThat(e.problems()).extracting(Problem::position).containsExactly(new SourcePosition(1, 1));
        assertThat(e.problems().get(0).message()).isEqualTo("at /: missing field 'plays'");
    }
}
