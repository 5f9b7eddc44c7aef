package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CuesTest {

    private static List<String> cuesOf(String normalized) {
        List<String> features = new ArrayList<>();
        Cues.addTo(normalized, features);
        return features;
    }

    @Test
    void eachGroupComesOutOnceAndInTheSameSortedOrder() {
        assertThat(cuesOf("fake nike shoes from a factory, and fake again"))
                .containsExactly("k=brand", "k=crime", "k=imitation");
        assertThat(cuesOf("again a factory: nike fakes")).containsExactly("k=brand", "k=crime", "k=imitation");
    }

    @Test
    void aCueInsideALongerWordCountsAsTheSearchItReplacedDid() {
        assertThat(cuesOf("they re-exported it")).containsExactly("k=trade");
        assertThat(cuesOf("imitations")).containsExactly("k=imitation");
    }

    @Test
    void aCueWithALeadingSpaceStartsAWord() {
        assertThat(cuesOf("the shop was fined twice")).containsExactly("k=crime");
        assertThat(cuesOf("refined sugar")).isEmpty();
    }

    @Test
    void oneCharacterCuesAreFoundAtTheStartTheEndAndAlone() {
        assertThat(cuesOf("假")).containsExactly("k=imitation");
        assertThat(cuesOf("这双鞋是假")).containsExactly("k=imitation");
        assertThat(cuesOf("苗不发芽")).containsExactly("k=plant");
    }

    @Test
    void aliExpressIsAShopNotACourier() {
        assertThat(cuesOf("listed on aliexpress")).containsExactly("k=online");
        assertThat(cuesOf("sent by sf express")).containsExactly("k=courier");
    }

    @Test
    void aTextWithNoCueAddsNothing() {
        assertThat(cuesOf("")).isEmpty();
        assertThat(cuesOf("zzzz qqqq")).isEmpty();
    }
}
