package org.iprhotline.hotline.classify.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.RightType;

class TemperatureTest {

    /**
     * A model that scores patent 4 and trademark 0 says patent at 0.982. If such decisions are right
     * only 881 times in 1,000 (the probability softmax(4 / 2, 0 / 2) gives), the fitted temperature
     * is 2: the model was over-confident by that much.
     */
    @Test
    void findsTheTemperatureUnderWhichTheModelIsRightAsOftenAsItSays() {
        assertThat(Temperature.fit(decisions(881, 1000))).isCloseTo(2.0, within(0.01));
    }

    @Test
    void aModelRightMoreOftenThanItSaysIsSharpened() {
        // right 999 times in 1,000: sigmoid(4 / t) = 0.999 at t = 0.579
        assertThat(Temperature.fit(decisions(999, 1000))).isCloseTo(4 / Math.log(999), within(0.01));
    }

    @Test
    void withNothingHeldOutTheModelIsLeftAsTrained() {
        assertThat(Temperature.fit(List.of())).isEqualTo(1.0);
    }

    private static List<Temperature.HeldOut> decisions(int right, int total) {
        Map<RightType, Double> scores = new EnumMap<>(RightType.class);
        scores.put(RightType.PATENT, 4.0);
        scores.put(RightType.TRADEMARK, 0.0);
        List<Temperature.HeldOut> decisions = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            decisions.add(new Temperature.HeldOut(scores, i < right ? RightType.PATENT : RightType.TRADEMARK));
        }
        return decisions;
    }
}
