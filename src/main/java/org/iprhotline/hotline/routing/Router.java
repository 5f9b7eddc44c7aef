package org.iprhotline.hotline.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.iprhotline.hotline.classify.Classification;

/** Decides where a classified tip goes. */
@ApplicationScoped
public class Router {

    private final RoutingTable table;
    private final double triageThreshold;

    Router(RoutingConfig config) {
        this.table = config.file().map(Router::read).orElseGet(RoutingTable::loadDefault);
        this.triageThreshold = config.triageThreshold();
    }

    /** The agencies that receive the tip: the responsible ones, or triage when the decision is unsure. */
    public List<Agency> route(Classification classification) {
        if (classification.confidence() < triageThreshold) {
            return List.of(table.triage());
        }
        return table.responsibleFor(classification.rightType(), classification.flags());
    }

    public RoutingTable table() {
        return table;
    }

    private static RoutingTable read(java.nio.file.Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return RoutingTable.load(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the routing table " + path, e);
        }
    }
}
