package io.github.segmentkit.io.snapshot;

import io.github.segmentkit.io.runs.ListedResult;

/**
 * Two exclusive runs worked by hand, the expected values of the snapshot tests.
 *
 * <pre>
 * customer  March        April
 *        1  champions    champions
 *        2  champions    loyal
 *        3  loyal        loyal
 *        4  loyal        at-risk
 *        5  at-risk      (not in the run)
 *        6  (none)       champions
 *        7  at-risk      (none)
 *        8  (not in)     champions
 *        9  (not in)     (none)
 * </pre>
 */
final class RfmRuns {
    static final ListedResult MARCH = ListedResult.withSegments("champions", "loyal", "at-risk")
            .customer(1, "champions").customer(2, "champions").customer(3, "loyal").customer(4, "loyal")
            .customer(5, "at-risk").customer(6).customer(7, "at-risk").build();
    static final ListedResult APRIL = ListedResult.withSegments("champions", "loyal", "at-risk")
            .customer(1, "champions").customer(2, "loyal").customer(3, "loyal").customer(4, "at-risk")
            .customer(6, "champions").customer(7).customer(8, "champions").customer(9).build();

    private RfmRuns() {
    }
}
