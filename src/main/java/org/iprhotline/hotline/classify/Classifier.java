package org.iprhotline.hotline.classify;

/** Decides which right a tip's text is about and which cross-cutting flags apply. */
public interface Classifier {

    Classification classify(String text);

    /** Which model decides: its version and the first characters of its corpus's digest ("v14-4e53bdd7"). */
    String model();
}
