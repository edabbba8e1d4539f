/**
 * How the user's own customer class is read: a {@link io.github.segmentkit.api.schema.CustomerSchema} holds the
 * id extractor and one {@link io.github.segmentkit.api.schema.AttributeBinding} per attribute, one binding type per
 * attribute kind. SegmentKit never asks the user to copy customers into its own type; the schema's builder takes
 * method references and lambdas, primitive where the value is never missing (no boxing) and nullable where it may
 * be.
 *
 * <pre>{@code
 * CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
 *         .numeric(AGE, Customer::age)
 *         .nullableNumeric(INCOME, Customer::income)
 *         .build();
 * }</pre>
 *
 * <p>The schema also gives any customer as {@link io.github.segmentkit.api.classify.AttributeValues} (what
 * classifiers read) and adds a fitted classifier's output as a derived attribute ({@code withClassifier}).
 */
package io.github.segmentkit.api.schema;
