package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.behavioral.kmeans.FittedKMeansClassifier;
import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import io.github.segmentkit.examples.personality.PersonalitySchema;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Behavioral classifiers on the Customer Personality data: purchase-frequency bands on web purchases, and
 * k-means clusters on recency, store purchases and spend (log1p, z-scores, k chosen by silhouette).
 *
 * <pre>{@code
 * BehavioralExample.Report report = BehavioralExample.run(System.out);
 * }</pre>
 */
public final class BehavioralExample {
    private BehavioralExample() {
    }

    /**
     * What the example found.
     *
     * @param webBuyers  customers per web-purchase band
     * @param clusters   customers per k-means cluster
     * @param k          the number of clusters chosen
     * @param silhouette the mean silhouette of the chosen clustering
     */
    public record Report(LabelCounts webBuyers, LabelCounts clusters, int k, double silhouette) {
    }

    /** Runs the example on the bundled data, prints the tables and returns the counts. */
    public static Report run(PrintStream out) {
        List<PersonalityCustomer> customers = MarketingCampaignCsv.readBundled();
        List<AttributeValues> population = customers.stream().map(PersonalitySchema.SCHEMA::values).toList();
        out.println("Customer Personality Analysis: " + customers.size() + " customers, behavioral classifiers");
        out.println();

        FittedClassifier webBands = ClassifierRegistry.create("purchase-frequency", Map.of(
                "input", "web_purchases", "output", "web_buyer", "edges", List.of(1, 4, 8),
                "labels", List.of("never", "occasional", "regular", "frequent"))).fit(population);
        LabelCounts webBuyers = LabelCounts.of(webBands, population);
        webBuyers.print(out, "Web purchases, bands [1, 4) [4, 8) [8, ∞)");

        FittedKMeansClassifier clusters = (FittedKMeansClassifier) ClassifierRegistry.create("kmeans", Map.of(
                "inputs", List.of("days_since_last_purchase", "store_purchases", "total_spend"),
                "output", "cluster", "k", 0, "seed", 42, "orderBy", "total_spend")).fit(population);
        LabelCounts clusterCounts = LabelCounts.of(clusters, population);
        double silhouette = clusters.silhouette().orElse(Double.NaN);
        clusterCounts.print(out, String.format(Locale.ROOT, "k-means on recency, store purchases and spend:"
                + " k = %d chosen by silhouette (%.3f)", clusters.k(), silhouette));
        List<double[]> centroids = clusters.centroidsInInputUnits();
        for (int i = 0; i < centroids.size(); i++) {
            out.println("  centroid " + clusters.labels().get(i) + ": " + Arrays.stream(centroids.get(i))
                    .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toList()
                    + " (days since purchase, store purchases, spend)");
        }
        return new Report(webBuyers, clusterCounts, clusters.k(), silhouette);
    }
}
