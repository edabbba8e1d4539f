package io.github.segmentkit.campaign.playbook;

import io.github.segmentkit.api.internal.SafeText;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do with a segment's customers: the campaign they enter, the channel it uses, the id of the message
 * template to send and, optionally, the offer it makes.
 *
 * <pre>{@code
 * Action winBack = Action.of("win-back-2024-05", "email", "tpl-winback-3").withOffer("15% off");
 * }</pre>
 *
 * @param campaign   the campaign's name; not blank, at most {@value #MAX_LENGTH} characters, no control characters
 * @param channel    the channel ({@code email}, {@code sms}, {@code call}…); same rules
 * @param templateId the message template's id in the sending system; same rules
 * @param offer      the offer, or {@code null} when the campaign makes none; same rules when present
 */
public record Action(String campaign, String channel, String templateId, String offer) {
    /** The longest name or id accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    public Action {
        requireName("campaign", campaign);
        requireName("channel", channel);
        requireName("templateId", templateId);
        if (offer != null) {
            requireName("offer", offer);
        }
    }

    /** An action without an offer. */
    public static Action of(String campaign, String channel, String templateId) {
        return new Action(campaign, channel, templateId, null);
    }

    /** The same action making {@code offer}. */
    public Action withOffer(String offer) {
        return new Action(campaign, channel, templateId, Objects.requireNonNull(offer, "offer"));
    }

    /** The offer, if the campaign makes one. */
    public Optional<String> offerIfAny() {
        return Optional.ofNullable(offer);
    }

    static void requireName(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be 1 to " + MAX_LENGTH + " characters, not blank, "
                    + "without control characters; got '" + SafeText.escapeControls(abbreviated(value)) + "'");
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "… (" + value.length() + " characters)";
    }
}
