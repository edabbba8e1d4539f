package io.github.segmentkit.core.row;

/** An extractor failed; carries the attribute so that the caller can add the row and customer id. */
final class AttributeReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String attribute;

    AttributeReadException(String attribute, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }
}
