package io.github.segmentkit.examples.snippets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The customer class the javadoc examples are written against: the README's customer, with an income that may be
 * missing, a last login and a newsletter opt-in.
 */
record Customer(long id, int age, Double income, String country, Set<String> interests, double lat, double lon,
        LocalDate lastOrder, Instant lastLogin, Boolean optedIn) {}
