package org.iprhotline.hotline.classify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.background.StartOrder;

/**
 * The classifier every channel uses: the models shipped in the jar. They are read on a thread of
 * their own from the first of the start-up observers, while the others run (read on the start-up
 * thread, they took 100-300 ms of a 2 s start). The last observer waits for them, so the HTTP
 * server, which opens after it, never takes a tip before they are in; models that cannot be read
 * stop the start, as they always did.
 */
@ApplicationScoped
@Startup(StartOrder.MODELS)
public class ShippedClassifier implements Classifier {

    private static final Logger LOG = Logger.getLogger(ShippedClassifier.class);

    private final CompletableFuture<TrainedClassifier> loading = new CompletableFuture<>();

    @PostConstruct
    void startLoading() {
        Thread reader = new Thread(this::load, "classifier-models");
        reader.setDaemon(true);
        reader.start();
    }

    void modelsIn(@Observes @Priority(StartOrder.MODELS_IN) StartupEvent startup) {
        models();
    }

    private void load() {
        try {
            long started = System.nanoTime();
            ClassifierModels models = ClassifierModels.loadShipped();
            loading.complete(new TrainedClassifier(models));
            LOG.infof("classifier model v%s (%s examples) loaded in %d ms", models.metadata().getProperty("version"),
                    models.metadata().getProperty("examples"), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            loading.completeExceptionally(e);
        }
    }

    private TrainedClassifier models() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the classifier's models cannot be read", e.getCause());
        }
    }

    @Override
    public Classification classify(String text) {
        return models().classify(text);
    }

    @Override
    public String model() {
        return models().model();
    }
}
