/**
 * Acting on segments and measuring what worked: a playbook of actions per segment (in Java or as a JSON document),
 * campaign audiences with suppression lists and reproducible hold-out control groups, exported through
 * segmentation-io's membership writers, response analysis per segment or campaign (Wilson intervals, lift against
 * the control with a two-proportion z-test, Holm-adjusted p-values), and a summary of segment movement between two
 * runs.
 */
module io.github.segmentkit.campaign {
    requires transitive io.github.segmentkit.api;
    requires transitive io.github.segmentkit.io;
    requires com.fasterxml.jackson.databind;

    exports io.github.segmentkit.campaign.playbook;
    exports io.github.segmentkit.campaign.holdout;
    exports io.github.segmentkit.campaign.audience;
    exports io.github.segmentkit.campaign.response;
    exports io.github.segmentkit.campaign.movement;
    exports io.github.segmentkit.campaign.json;
}
