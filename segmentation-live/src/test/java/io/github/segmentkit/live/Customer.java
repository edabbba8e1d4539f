package io.github.segmentkit.live;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.LocalDate;

/** The customer of the javadoc examples: an id, the date of the last order and a city. */
record Customer(long id, LocalDate lastOrder, String city) {
    static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    static final CategoricalAttribute CITY = Attribute.ofCategorical("city");
    static final CustomerSchema<Customer> SCHEMA = CustomerSchema.<Customer>builder(Customer::id)
            .date(LAST_ORDER, Customer::lastOrder).categorical(CITY, Customer::city).build();

    /** The customer of stored values, as a snapshot file's restore rebuilds it. */
    static Customer from(AttributeValues values) {
        return new Customer(values.id(), (LocalDate) values.get("last_order"), (String) values.get("city"));
    }

    Customer movedTo(String newCity) {
        return new Customer(id, lastOrder, newCity);
    }
}
