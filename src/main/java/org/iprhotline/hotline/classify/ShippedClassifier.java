package org.iprhotline.hotline.classify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/** Chooses the classifier every channel uses, and loads its models when the service starts. */
public class ClassifierProducer {

    private static final Logger LOG = Logger.getLogger(ClassifierProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    Classifier classifier() {
        long started = System.nanoTime();
        ClassifierModels models = ClassifierModels.loadShipped();
        LOG.infof("classifier model v%s (%s examples) loaded in %d ms", models.metadata().getProperty("version"),
                models.metadata().getProperty("examples"), (System.nanoTime() - started) / 1_000_000);
        return new TrainedClassifier(models);
    }
}
