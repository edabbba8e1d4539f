/**
 * The built-in classifiers (behavioral with RFM from transactions, demographic, psychographic, geographic) and the
 * kit for writing your own. Classifiers are found by type name through {@code ClassifierRegistry}.
 */
module io.github.segmentkit.classifiers {
    requires transitive io.github.segmentkit.api;
    requires io.github.segmentkit.io;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.segmentkit.classifiers.kit;
    exports io.github.segmentkit.classifiers.behavioral.bands;
    exports io.github.segmentkit.classifiers.behavioral.kmeans;
    exports io.github.segmentkit.classifiers.behavioral.rfm;
    exports io.github.segmentkit.classifiers.behavioral.rfm.transactions;
    exports io.github.segmentkit.classifiers.demographic;
    exports io.github.segmentkit.classifiers.psychographic;
    exports io.github.segmentkit.classifiers.geographic;

    // keep in step with META-INF/services (ModuleDescriptorTest checks both lists are equal)
    provides io.github.segmentkit.api.classify.ClassifierProvider with
            io.github.segmentkit.classifiers.behavioral.bands.BandClassifierProviders.Engagement,
            io.github.segmentkit.classifiers.behavioral.bands.BandClassifierProviders.PurchaseFrequency,
            io.github.segmentkit.classifiers.behavioral.kmeans.KMeansClassifierProvider,
            io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifierProvider,
            io.github.segmentkit.classifiers.demographic.AgeBandProvider,
            io.github.segmentkit.classifiers.demographic.FamilySizeProvider,
            io.github.segmentkit.classifiers.demographic.GenerationProvider,
            io.github.segmentkit.classifiers.demographic.IncomeBandProvider,
            io.github.segmentkit.classifiers.demographic.LifeStageProvider,
            io.github.segmentkit.classifiers.demographic.MappingProvider,
            io.github.segmentkit.classifiers.geographic.CountryRegionProvider,
            io.github.segmentkit.classifiers.geographic.GeohashProvider,
            io.github.segmentkit.classifiers.geographic.StoreDistanceProvider,
            io.github.segmentkit.classifiers.geographic.TerritoryProvider,
            io.github.segmentkit.classifiers.geographic.UrbanicityProvider,
            io.github.segmentkit.classifiers.psychographic.InterestScoreProvider,
            io.github.segmentkit.classifiers.psychographic.PersonaProvider;
}
