package org.iprhotline.hotline.classify;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the classifier's models are in: a tip taken before would wait for them. */
@Readiness
@ApplicationScoped
class ClassifierCheck implements HealthCheck {

    private final ShippedClassifier classifier;

    ClassifierCheck(ShippedClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("classifier").status(classifier.loaded())
                .withData("models", classifier.state()).build();
    }
}
