package org.iprhotline.hotline.classify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Chooses the classifier every channel uses. */
public class ClassifierProducer {

    @Produces
    @ApplicationScoped
    Classifier classifier() {
        return new TrainedClassifier(ClassifierModels.loadShipped());
    }
}
