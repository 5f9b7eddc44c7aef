package org.iprhotline.hotline.classify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.Startup;

import org.iprhotline.hotline.background.StartOrder;

/**
 * The classifier every channel uses: the models shipped in the jar. They are read on a thread of
 * their own from the first step of the start-up observers, while the rest of the service starts
 * (read on the start-up thread, they took 100-300 ms of a 2 s start). The service is ready only
 * once they are in ({@link ClassifierCheck}), a tip classified before then waits for them, and models that cannot be read
 * stop the service, as they always did.
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

    private void load() {
        try {
            long started = System.nanoTime();
            ClassifierModels models = ClassifierModels.loadShipped();
            loading.complete(new TrainedClassifier(models));
            LOG.infof("classifier model v%s (%s examples) loaded in %d ms", models.metadata().getProperty("version"),
                    models.metadata().getProperty("examples"), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            loading.completeExceptionally(e);
            LOG.error("the classifier's models cannot be read; stopping", e);
            Quarkus.asyncExit(1);
        }
    }

    private TrainedClassifier models() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the classifier's models could not be read", e.getCause());
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

    /** Whether the models are in. */
    boolean loaded() {
        return loading.isDone() && !loading.isCompletedExceptionally();
    }

    /** The models' state, for health: loading, loaded or unreadable. */
    String state() {
        return loading.isCompletedExceptionally() ? "unreadable" : loading.isDone() ? "loaded" : "loading";
    }
}
