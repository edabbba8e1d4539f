package io.github.segmentkit.io.membership;

/**
 * What {@link JdbcMembershipWriter#replace} committed.
 *
 * <pre>{@code
 * TableReplacement done = writer.replace(rows, asOf);
 * log.info("{} memberships replaced by {}", done.deleted(), done.inserted());
 * }</pre>
 *
 * @param deleted  the rows of the previous memberships deleted, as the database counted them
 * @param inserted the rows inserted: {@link MembershipRows#count()}
 */
public record TableReplacement(long deleted, long inserted) {
}
