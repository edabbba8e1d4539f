package io.github.segmentkit.campaign.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.campaign.audience.CampaignAudience;
import io.github.segmentkit.campaign.audience.CampaignAudiences;
import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.response.ConfidenceInterval;
import io.github.segmentkit.campaign.response.ControlComparison;
import io.github.segmentkit.campaign.response.Proportion;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of campaign audiences, response reports and segment movement as JSON, for reports and other tools
 * (fields described in {@code docs/campaigns.md}). Counts, not customer ids: the ids go out through
 * segmentation-io's writers. Undefined figures (a rate without contacts, a lift over a silent control) are
 * {@code null}; revenue is written as an exact decimal number.
 *
 * <pre>{@code
 * String audiencesJson = CampaignJson.write(audiences);
 * String responseJson = CampaignJson.write(report);
 * String movementJson = CampaignJson.write(movement);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CampaignJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // numbers are kept as given (since Jackson 2.15 a node factory no longer strips trailing zeros)
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CampaignJson() {
    }

    /** Per campaign by priority: its play, hold-out and the counts eligible = audience + control + suppressed. */
    public static String write(CampaignAudiences audiences) {
        ObjectNode document = NODES.objectNode();
        ArrayNode campaigns = document.putArray("campaigns");
        for (CampaignAudience campaign : Objects.requireNonNull(audiences, "audiences").campaigns()) {
            ObjectNode node = campaigns.addObject();
            node.put("campaign", campaign.campaign());
            node.put("segment", campaign.play().segment());
            node.put("priority", campaign.play().priority());
            node.put("channel", campaign.play().action().channel());
            node.put("template", campaign.play().action().templateId());
            node.put("offer", campaign.play().action().offer());
            node.putObject("holdOut").put("salt", campaign.holdOut().salt()).put("share", campaign.holdOut().share());
            node.put("eligible", campaign.eligible());
            node.put("audience", campaign.audience().size());
            node.put("control", campaign.control().size());
            ObjectNode suppressed = node.putObject("suppressed");
            for (Map.Entry<String, Long> reason : campaign.suppressed().entrySet()) {
                suppressed.put(reason.getKey(), reason.getValue());
            }
        }
        return text(document);
    }

    /** Per row: responders among the contacted with the Wilson 95 % interval, revenue, and the control comparison. */
    public static String write(ResponseReport report) {
        ObjectNode document = NODES.objectNode();
        ArrayNode rows = document.putArray("rows");
        for (SegmentResponse row : Objects.requireNonNull(report, "report").rows()) {
            ObjectNode node = rows.addObject();
            node.put("name", row.name());
            proportion(node, row.response());
            node.put("revenue", row.revenue());
            node.put("revenuePerContacted", row.revenuePerContacted().orElse(null));
            node.put("notContacted", row.notContacted());
            node.put("controlContacted", row.controlContacted());
            ControlComparison comparison = row.comparison();
            if (comparison == null) {
                node.putNull("control");
            } else {
                ObjectNode control = node.putObject("control");
                proportion(control, comparison.test().control());
                number(control, "lift", comparison.test().lift());
                control.put("z", comparison.test().z());
                control.put("pValue", comparison.test().pValue());
                control.put("adjustedPValue", comparison.adjustedPValue());
            }
        }
        return text(document);
    }

    /** The categories and counts of a migration between two runs. */
    public static String write(SegmentMovement movement) {
        Objects.requireNonNull(movement, "movement");
        ObjectNode document = NODES.objectNode();
        movement.from().forEach(document.putArray("from")::add);
        movement.to().forEach(document.putArray("to")::add);
        ArrayNode counts = document.putArray("counts");
        for (List<Long> row : movement.counts()) {
            ArrayNode cells = counts.addArray();
            row.forEach(cells::add);
        }
        return text(document);
    }

    private static void proportion(ObjectNode node, Proportion proportion) {
        node.put("contacted", proportion.trials());
        node.put("responded", proportion.successes());
        number(node, "rate", proportion.rate());
        ConfidenceInterval interval = proportion.wilson95().orElse(null);
        if (interval == null) {
            node.putNull("wilson95");
        } else {
            node.putObject("wilson95").put("low", interval.low()).put("high", interval.high());
        }
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    private static String text(ObjectNode document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
