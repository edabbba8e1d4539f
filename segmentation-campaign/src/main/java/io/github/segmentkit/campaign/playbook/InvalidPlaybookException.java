package io.github.segmentkit.campaign.playbook;

import io.github.segmentkit.api.InvalidDocumentException;
import io.github.segmentkit.api.Problem;
import java.util.List;

/**
 * A playbook document that cannot be used: every {@link Problem} found is reported at once, each with its line and
 * column and the JSON pointer of the offending value, e.g. {@code playbook.json: line 4, column 40: at
 * /plays/0/chanel: unknown field 'chanel' (did you mean 'channel'?)}.
 *
 * <pre>{@code
 * try {
 *     PlaybookJson.read(file);
 * } catch (InvalidPlaybookException e) {
 *     e.problems().forEach(p -> log.error("{}", p));
 * }
 * }</pre>
 */
public class InvalidPlaybookException extends InvalidDocumentException {
    private static final long serialVersionUID = 1L;

    /**
     * The problems of the document {@code source}.
     *
     * @param source   the document's name, or {@code null}
     * @param problems what is wrong; not empty
     */
    public InvalidPlaybookException(String source, List<Problem> problems) {
        super(source, problems);
    }
}
