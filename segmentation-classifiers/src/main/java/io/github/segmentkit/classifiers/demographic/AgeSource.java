package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.Settings;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a customer's age in completed years comes from: either a whole-number age attribute, or a birth-date
 * attribute and a fixed reference date ({@code Period.between(birth, reference).getYears()}: a birthday counts from
 * its day on, and someone born on 29 February turns a year older on 1 March in common years).
 *
 * <pre>{@code
 * AgeSource fromDates = AgeSource.fromBirthDate("birth_date", LocalDate.of(2024, 3, 31));
 * AgeSource fromAge = AgeSource.fromAge("age");
 * }</pre>
 *
 * @param ageAttribute       the whole-number age attribute, or null when ages come from birth dates
 * @param birthDateAttribute the birth-date attribute, or null when ages come from an age attribute
 * @param referenceDate      the date ages are computed at; required with a birth-date attribute, else null
 */
public record AgeSource(String ageAttribute, String birthDateAttribute, LocalDate referenceDate) {
    public AgeSource {
        if ((ageAttribute == null) == (birthDateAttribute == null)) {
            throw new IllegalArgumentException("give exactly one of an age attribute and a birth-date attribute");
        }
        if ((birthDateAttribute == null) != (referenceDate == null)) {
            throw new IllegalArgumentException("a reference date goes with a birth-date attribute, and only with it");
        }
    }

    /** Ages read from a whole-number attribute. */
    public static AgeSource fromAge(String ageAttribute) {
        return new AgeSource(Objects.requireNonNull(ageAttribute, "ageAttribute"), null, null);
    }

    /** Ages computed from birth dates at {@code referenceDate}. */
    public static AgeSource fromBirthDate(String birthDateAttribute, LocalDate referenceDate) {
        return new AgeSource(null, Objects.requireNonNull(birthDateAttribute, "birthDateAttribute"),
                Objects.requireNonNull(referenceDate, "referenceDate"));
    }

    /** The attribute read. */
    public String attribute() {
        return ageAttribute != null ? ageAttribute : birthDateAttribute;
    }

    /** The attribute read with its setting and kinds: a number named by {@code age}, or a date by {@code birthDate}. */
    public ClassifierInput expectedInput() {
        return ageAttribute != null ? ClassifierInput.numeric(ageAttribute, "age")
                : ClassifierInput.of(birthDateAttribute, "birthDate", AttributeKind.DATE);
    }

    /**
     * The customer's age, or why there is none: missing value, a birth date after the reference date, a negative
     * age or a value of the wrong type.
     */
    public AgeReading read(AttributeValues customer) {
        Object value = customer.get(attribute());
        if (value == null) {
            return AgeReading.unknown(Labels.missingReason(attribute()));
        }
        if (ageAttribute != null) {
            if (!(value instanceof Number number) || Double.isNaN(number.doubleValue())) {
                return AgeReading.unknown("'" + ageAttribute + "' holds " + value + ", expected a number");
            }
            double years = Math.floor(number.doubleValue());
            if (years < 0) {
                return AgeReading.unknown("'" + ageAttribute + "' is negative: " + value);
            }
            return AgeReading.of(years >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) years);
        }
        if (!(value instanceof LocalDate birth)) {
            return AgeReading.unknown("'" + birthDateAttribute + "' holds " + value + ", expected a date");
        }
        if (birth.isAfter(referenceDate)) {
            return AgeReading.unknown("birth date " + birth + " is after the reference date " + referenceDate);
        }
        return AgeReading.of(Period.between(birth, referenceDate).getYears());
    }

    /** The settings keys: {@code age}, or {@code birthDate} and {@code referenceDate} (ISO date). */
    static AgeSource fromSettings(Settings settings) {
        if (settings.has("age") == settings.has("birthDate")) {
            throw settings.problem("age", "give exactly one of 'age' and 'birthDate'");
        }
        if (settings.has("age")) {
            if (settings.has("referenceDate")) {
                throw settings.problem("referenceDate", "only goes with 'birthDate'");
            }
            return fromAge(settings.string("age"));
        }
        String date = settings.string("referenceDate");
        try {
            return fromBirthDate(settings.string("birthDate"), LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw settings.problem("referenceDate", "'" + date + "' is not an ISO date (yyyy-mm-dd)");
        }
    }

    /** This source as settings entries. */
    void addTo(Map<String, Object> settings) {
        if (ageAttribute != null) {
            settings.put("age", ageAttribute);
        } else {
            settings.put("birthDate", birthDateAttribute);
            settings.put("referenceDate", referenceDate.toString());
        }
    }

    /** The setting keys this source reads. */
    static List<String> keys() {
        return new ArrayList<>(List.of("age", "birthDate", "referenceDate"));
    }

    /**
     * An age in completed years, or the reason there is none.
     *
     * @param years   the age, or -1 when unknown
     * @param problem why the age is unknown, or null
     */
    public record AgeReading(long years, String problem) {
        static AgeReading of(long years) {
            return new AgeReading(years, null);
        }

        static AgeReading unknown(String problem) {
            return new AgeReading(-1, problem);
        }

        /** Whether the age is known. */
        public boolean known() {
            return problem == null;
        }
    }
}
