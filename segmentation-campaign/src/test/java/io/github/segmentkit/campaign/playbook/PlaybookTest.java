package io.github.segmentkit.campaign.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybookTest {

    @Test
    void should_order_plays_by_priority_and_find_them_by_segment() {
        Playbook playbook = Playbook.builder()
                .play("at-risk", Action.of("win-back", "email", "tpl-winback-3").withOffer("15% off"), 2)
                .play("champions", Action.of("vip-preview", "email", "tpl-vip-1"), 1)
                .build();

        assertThat(playbook.plays()).extracting(Play::segment).containsExactly("champions", "at-risk");
        assertThat(playbook.playFor("at-risk").orElseThrow().action().offerIfAny()).contains("15% off");
        assertThat(playbook.playFor("champions").orElseThrow().action().offerIfAny()).isEmpty();
        assertThat(playbook.playFor("nobody")).isEmpty();
        assertThat(Playbook.of(List.of(playbook.plays().get(1), playbook.plays().get(0)))).isEqualTo(playbook);
    }

    @Test
    void should_refuse_a_segment_campaign_or_priority_used_twice() {
        Action a = Action.of("a", "email", "t1");
        Action b = Action.of("b", "email", "t2");

        assertThatThrownBy(() -> Playbook.builder().play("s", a, 1).play("s", b, 2).build())
                .hasMessage("segment 's' has two plays (campaigns 'a' and 'b'); a segment has at most one");
        assertThatThrownBy(() -> Playbook.builder().play("s", a, 1).play("t", a, 2).build())
                .hasMessage("campaign 'a' is the action of two plays (segments 's' and 't'); give each its own "
                        + "campaign name");
        assertThatThrownBy(() -> Playbook.builder().play("s", a, 1).play("t", b, 1).build())
                .hasMessage("priority 1 is given to two plays (segments 's' and 't'); priorities must be distinct "
                        + "so that every customer's campaign is defined");
    }

    @Test
    void should_refuse_blank_long_or_control_names_and_priorities_out_of_range() {
        assertThatThrownBy(() -> Action.of(" ", "email", "t")).hasMessageStartingWith("campaign must be 1 to 200");
        assertThatThrownBy(() -> Action.of("c", "e".repeat(201), "t"))
                .hasMessageEndingWith("… (201 characters)'");
        assertThatThrownBy(() -> Action.of("c", "email", "t\u0007"))
                .hasMessageEndingWith("got 't\\u0007'");
        assertThatThrownBy(() -> new Play("s", Action.of("c", "email", "t"), 0))
                .hasMessage("play for segment 's': priority 0 is not in [1, 1000000]");
    }
}
