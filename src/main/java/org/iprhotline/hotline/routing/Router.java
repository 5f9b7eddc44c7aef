package org.iprhotline.hotline.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import org.iprhotline.hotline.background.StartOrder;
import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.RightType;

/** Decides where a classified tip goes; its table is read, and checked, as the service starts. */
@Startup(StartOrder.CHECKS)
@ApplicationScoped
public class Router {

    private final RoutingTable table;
    private final double triageThreshold;
    private final double disagreementThreshold;

    Router(RoutingConfig config) {
        this.table = config.file().map(Router::read).orElseGet(RoutingTable::loadDefault);
        this.triageThreshold = config.triageThreshold();
        this.disagreementThreshold = config.disagreementThreshold();
    }

    /** The agencies that receive the tip: the responsible ones, or triage when the decision is unsure. */
    public List<Agency> route(Classification classification) {
        return route(classification, Optional.empty(), Optional.empty());
    }

    /**
     * As {@link #route(Classification)}, taking the reporter's own choice of right type as a
     * signal: when the text strongly disagrees with it, triage receives the tip as well. The
     * largest sum the tip names decides whether a criminal tip is serious enough for the procuratorate.
     */
    public List<Agency> route(Classification classification, Optional<RightType> reportedRightType,
            Optional<BigDecimal> largestAmountYuan) {
        if (classification.confidence() < triageThreshold) {
            return List.of(table.triage());
        }
        List<Agency> responsible = table.responsibleFor(classification.rightType(), classification.flags(),
                classification.forestry(), largestAmountYuan);
        boolean disagreement = reportedRightType
                .filter(reported -> reported != classification.rightType())
                .filter(reported -> classification.probabilityOf(reported) < disagreementThreshold)
                .isPresent();
        if (disagreement && !responsible.contains(table.triage())) {
            List<Agency> withTriage = new ArrayList<>(responsible);
            withTriage.add(table.triage());
            return List.copyOf(withTriage);
        }
        return responsible;
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
