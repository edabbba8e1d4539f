package io.github.segmentkit.io.membership;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Sends memberships to one prepared {@code INSERT} in batches of a fixed size. It keeps the rows of the pending
 * batch, so that a failing batch can be reported by the customer and segment the database refused, not only by its
 * position.
 */
final class BatchInserter implements Consumer<Membership> {
    private final PreparedStatement insert;
    private final LocalDate asOf;
    private final Membership[] pending;
    private int pendingCount;
    private long sent;

    BatchInserter(PreparedStatement insert, LocalDate asOf, int batchSize) {
        this.insert = insert;
        this.asOf = asOf;
        this.pending = new Membership[batchSize];
    }

    @Override
    public void accept(Membership membership) {
        try {
            insert.setLong(1, membership.customerId());
            insert.setString(2, membership.segment());
            insert.setObject(3, asOf);
            insert.addBatch();
        } catch (SQLException e) {
            throw new BatchFailure(sent + pendingCount, membership, e);
        }
        pending[pendingCount++] = membership;
        if (pendingCount == pending.length) {
            flush();
        }
    }

    /** Sends the last, partial batch; returns how many rows were sent in all. */
    long finish() {
        if (pendingCount > 0) {
            flush();
        }
        return sent;
    }

    private void flush() {
        try {
            insert.executeBatch();
        } catch (BatchUpdateException e) {
            int failed = firstFailed(e.getUpdateCounts());
            throw new BatchFailure(sent + failed, pending[failed], e);
        } catch (SQLException e) {
            throw new BatchFailure(sent, pending[0], e);
        }
        sent += pendingCount;
        pendingCount = 0;
    }

    /**
     * The position in the batch of the row the database refused: drivers that go on after a failure (H2) mark it
     * {@code EXECUTE_FAILED}; drivers that stop (PostgreSQL) return the counts of the rows before it.
     */
    private int firstFailed(int[] counts) {
        int[] known = counts == null ? new int[0] : counts;
        for (int i = 0; i < known.length; i++) {
            if (known[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return known.length < pendingCount ? known.length : 0;
    }

    /** A refused row, carried out of {@link #accept}: a {@code Consumer} cannot throw SQLException. */
    static final class BatchFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final long index;
        final transient Membership membership;

        BatchFailure(long index, Membership membership, SQLException cause) {
            super(cause);
            this.index = index;
            this.membership = membership;
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }
}
