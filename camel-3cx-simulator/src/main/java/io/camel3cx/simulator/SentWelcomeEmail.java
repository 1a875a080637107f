package io.camel3cx.simulator;

/**
 * A welcome e-mail the simulated PBX "sent" for {@code users/sendWelcomeEmail}.
 *
 * @param userId       the user's Id
 * @param number       the user's extension number
 * @param emailAddress the address it went to (may be empty when the user has none)
 */
public record SentWelcomeEmail(long userId, String number, String emailAddress) {
}
