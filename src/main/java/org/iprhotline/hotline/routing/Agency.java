package org.iprhotline.hotline.routing;

import java.util.Optional;

/**
 * An agency that receives tips, as the registry describes it.
 *
 * @param topic            where its systems read tips; with a province appended for a regional agency
 * @param regional         its provincial bureaus handle tips from their province ({@link #topicFor})
 * @param contactWhenAdded it gets the reporter's contact details even when only a flag brought it in
 */
public record Agency(String code, Names name, String topic, boolean regional, boolean contactWhenAdded) {

    /** An agency's name in Chinese and in English. */
    public record Names(String zh, String en) {

        public String in(boolean chinese) {
            return chinese ? zh : en;
        }
    }

    /**
     * The topic a tip from this province goes to: {@code ipr.tips.samr.44} for a regional agency,
     * the national topic otherwise or when the province is not known.
     */
    public String topicFor(Optional<String> province) {
        return regional && province.isPresent() ? topic + "." + province.get() : topic;
    }
}
