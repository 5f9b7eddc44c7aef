package org.iprhotline.hotline.classify.training;

import java.util.List;
import java.util.Map;

import org.iprhotline.hotline.classify.RightType;

/**
 * Temperature scaling: the one number the right-type model's scores are divided by before the
 * softmax so that, on tips the model was not trained on, its confidence matches how often it is
 * right. It is fitted by minimising the negative log-likelihood of the held-out decisions. It
 * changes no decision, only how sure the model says it is, and so what the triage threshold
 * catches. One parameter, written by hand: no library here fits it, and it is a few lines.
 */
final class Temperature {

    static final double LOWEST = 0.25;
    static final double HIGHEST = 20;

    private Temperature() {
    }

    /** One held-out decision: the model's scores before the softmax, and the right answer. */
    record HeldOut(Map<RightType, Double> scores, RightType truth) {
    }

    /** The temperature between {@link #LOWEST} and {@link #HIGHEST} under which these decisions are most likely. */
    static double fit(List<HeldOut> decisions) {
        if (decisions.isEmpty()) {
            return 1;
        }
        // The likelihood is unimodal in log T: golden-section search.
        double low = Math.log(LOWEST);
        double high = Math.log(HIGHEST);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = high - ratio * (high - low);
        double b = low + ratio * (high - low);
        double lossA = negativeLogLikelihood(decisions, Math.exp(a));
        double lossB = negativeLogLikelihood(decisions, Math.exp(b));
        while (high - low > 1e-4) {
            if (lossA < lossB) {
                high = b;
                b = a;
                lossB = lossA;
                a = high - ratio * (high - low);
                lossA = negativeLogLikelihood(decisions, Math.exp(a));
            } else {
                low = a;
                a = b;
                lossA = lossB;
                b = low + ratio * (high - low);
                lossB = negativeLogLikelihood(decisions, Math.exp(b));
            }
        }
        return Math.exp((low + high) / 2);
    }

    /** The mean negative log-probability of the right answers under temperature {@code t}. */
    static double negativeLogLikelihood(List<HeldOut> decisions, double t) {
        double total = 0;
        for (HeldOut decision : decisions) {
            double max = Double.NEGATIVE_INFINITY;
            for (double score : decision.scores().values()) {
                max = Math.max(max, score / t);
            }
            double sum = 0;
            for (double score : decision.scores().values()) {
                sum += Math.exp(score / t - max);
            }
            total += max + Math.log(sum) - decision.scores().get(decision.truth()) / t;
        }
        return total / decisions.size();
    }
}
