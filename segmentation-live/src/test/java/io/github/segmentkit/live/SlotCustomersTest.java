package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlotCustomersTest {
    /**
     * Random sets, adds, reads and freezes against an {@code ArrayList} and a copy of it taken at each freeze: every
     * frozen view must keep answering as its copy does, whatever was written after it, across page boundaries (pages
     * of 1 to 16 slots), on the empty start, and with more writes than one batch of listed writes holds.
     */
    @Test
    void should_read_like_a_list_and_each_frozen_view_like_a_copy_taken_when_it_was_frozen() {
        Random random = new Random(2026_12_05L);
        for (int trial = 0; trial < 300; trial++) {
            int pageShift = trial % 5 == 4 ? SlotCustomers.PAGE_SHIFT : random.nextInt(5);
            List<String> model = new ArrayList<>();
            int initial = random.nextInt(40);
            for (int i = 0; i < initial; i++) {
                model.add("c" + i);
            }
            SlotCustomers<String> customers = new SlotCustomers<>(model, pageShift);
            List<List<String>> frozen = new ArrayList<>();
            List<List<String>> copies = new ArrayList<>();
            int ops = trial % 3 == 0 ? 2_000 : 200;   // past the listed writes' batch, or within it
            for (int op = 0; op < ops; op++) {
                int kind = random.nextInt(11);
                if (kind >= 8 && ops > 200 && random.nextInt(100) != 0) {
                    kind = 0;   // long trials freeze and read rarely, so that listed writes fill their batch
                }
                if (kind == 10 && !model.isEmpty()) {
                    int slot = random.nextInt(model.size());
                    assertThat(customers.get(slot)).as("trial %d, op %d, slot %d", trial, op, slot)
                            .isEqualTo(model.get(slot));
                } else if (kind < 5 && !model.isEmpty()) {
                    int slot = random.nextInt(model.size());
                    String value = "s" + trial + "-" + op;
                    customers.set(slot, value);
                    model.set(slot, value);
                } else if (kind < 8) {
                    String value = random.nextInt(8) == 0 ? null : "a" + trial + "-" + op;   // deleted slots hold on
                    customers.add(value);
                    model.add(value);
                } else {
                    frozen.add(customers.freeze());
                    copies.add(new ArrayList<>(model));
                }
            }
            assertThat(customers.size()).isEqualTo(model.size());
            assertThat(customers.view()).as("trial %d, pages of 2^%d", trial, pageShift)
                    .containsExactlyElementsOf(model);
            for (int slot = 0; slot < model.size(); slot++) {
                assertThat(customers.get(slot)).isEqualTo(model.get(slot));
            }
            for (int f = 0; f < frozen.size(); f++) {
                assertThat(frozen.get(f)).as("trial %d, frozen view %d", trial, f)
                        .containsExactlyElementsOf(copies.get(f));
            }
        }
    }

    @Test
    void should_refuse_slots_outside_the_population_and_writes_to_its_views() {
        SlotCustomers<String> customers = new SlotCustomers<>(List.of("a", "b", "c"), 1);
        assertThatThrownBy(() -> customers.get(3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("3");
        assertThatThrownBy(() -> customers.set(-1, "x")).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("-1");
        List<String> frozen = customers.freeze();
        assertThatThrownBy(() -> frozen.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> frozen.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> customers.view().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(frozen).containsExactly("a", "b", "c");
    }

    @Test
    void should_refuse_a_page_size_it_cannot_index() {
        assertThatThrownBy(() -> new SlotCustomers<>(List.of(), 21)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("21");
    }
}
