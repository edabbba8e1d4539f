package io.github.segmentkit.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.campaign.json.CampaignJson;
import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.insight.affinity.AffinityReport;
import io.github.segmentkit.insight.explain.Explanation;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import java.util.List;

/**
 * The report's figures as JSON (the shape is described in {@code docs/report.md}): every section's field is always
 * present, {@code null} when the report was not given it, and holds the JSON form of the analysis it shows (the very
 * text each analysis writes of itself), so that the HTML and the JSON cannot tell different figures.
 */
public final class JsonFigures {
    /** The version of the shape; raised only when a field changes meaning or is removed. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFigures() {
    }

    /** The JSON document of the report's figures, ending with a line break; absent sections ({@code null}) as null. */
    public static String write(String title, ProfileReport profiles, ResponseReport responses,
            SegmentMovement movement, AffinityReport affinity, List<Explanation> explanations) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("title", title);
        root.set("sizes", profiles == null ? null : sizes(profiles));
        root.set("profiles", profiles == null ? null : parse(profiles.toJson()));
        root.set("responses", responses == null ? null : parse(CampaignJson.write(responses)));
        root.set("movement", movement == null ? null : parse(CampaignJson.write(movement)));
        root.set("affinity", affinity == null ? null : parse(affinity.toJson()));
        if (explanations == null) {
            root.putNull("explanations");
        } else {
            ArrayNode list = root.putArray("explanations");
            explanations.forEach(e -> list.add(parse(e.toJson())));
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static ObjectNode sizes(ProfileReport profiles) {
        ObjectNode sizes = JsonNodeFactory.instance.objectNode().put("customers", profiles.customers());
        ArrayNode segments = sizes.putArray("segments");
        for (SegmentProfile segment : profiles.segments()) {
            ObjectNode node = segments.addObject().put("segment", segment.segment()).put("size", segment.size());
            if (Double.isFinite(segment.share())) {
                node.put("share", segment.share());
            } else {
                node.putNull("share");
            }
        }
        return sizes;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis wrote JSON that does not parse back", e);
        }
    }
}
