package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CuesTest {

    private static List<String> cuesOf(String folded) {
        List<String> features = new ArrayList<>();
        Cues.addTo(folded, features);
        return features;
    }

    @Test
    void eachGroupComesOutOnceAndInTheSameSortedOrder() {
        assertThat(cuesOf("fake nike shoes from a factory, and fake again"))
                .containsExactly("k=brand", "k=crime", "k=imitation", "k=repeat", "k=scale");
        assertThat(cuesOf("again a factory: nike fakes"))
                .containsExactly("k=brand", "k=crime", "k=imitation", "k=repeat", "k=scale");
    }

    @Test
    void aCueInsideALongerWordCountsAsTheSearchItReplacedDid() {
        assertThat(cuesOf("they are re-exporting it")).containsExactly("k=trade");
        assertThat(cuesOf("imitations")).containsExactly("k=imitation");
    }

    @Test
    void goodsExportedAreTradeAndDataExportedAreNot() {
        assertThat(cuesOf("shoes exported to chile")).containsExactly("k=trade");
        assertThat(cuesOf("for export, and the exporter exports it")).containsExactly("k=trade");
        assertThat(cuesOf("he exported every file before he left")).doesNotContain("k=trade");
    }

    @Test
    void landPortsAreTradeAndPddIsAShopOnlyAsAWord() {
        assertThat(cuesOf("lorries go out through horgos to kazakhstan")).containsExactly("k=trade");
        assertThat(cuesOf("从满洲里出境")).containsExactly("k=trade");
        assertThat(cuesOf("a pdd seller")).containsExactly("k=online");
        assertThat(cuesOf("the pddl planner")).isEmpty();
    }

    @Test
    void aCueWithALeadingSpaceStartsAWord() {
        assertThat(cuesOf("the shop was fined")).containsExactly("k=crime", "k=repeat");
        assertThat(cuesOf("(fined")).containsExactly("k=crime", "k=repeat");
        assertThat(cuesOf("refined sugar")).isEmpty();
        assertThat(cuesOf("we report a shop")).isEmpty();
    }

    @Test
    void aCueWithATrailingSpaceEndsAWord() {
        assertThat(cuesOf("rice")).containsExactly("k=plant");
        assertThat(cuesOf("fake rice, again.")).containsExactly("k=crime", "k=imitation", "k=plant", "k=repeat");
        assertThat(cuesOf("our first report, against the market trend")).isEmpty();
        assertThat(cuesOf("items and systems")).isEmpty();
        assertThat(cuesOf("sent by ems")).containsExactly("k=courier");
    }

    @Test
    void aChineseCharacterIsAWordsEdge() {
        assertThat(cuesOf("下载app看盗版")).containsExactly("k=piracy", "k=work");
        assertThat(cuesOf("happy apples")).containsExactly("k=brand");
    }

    @Test
    void copyrightNamedOutrightIsItsOwnCue() {
        assertThat(cuesOf("they infringe our copyright")).containsExactly("k=copyright");
        assertThat(cuesOf("侵犯了我们的版权")).containsExactly("k=copyright");
        assertThat(cuesOf("涉嫌著作权侵权")).containsExactly("k=copyright");
    }

    @Test
    void cuesAreReadBeforeDigitsAreFolded() {
        assertThat(cuesOf("sold on 1688 in bulk")).containsExactly("k=online");
    }

    @Test
    void eachSignOfACrimeIsACrimeAndItsOwnKind() {
        assertThat(cuesOf("a warehouse of fakes")).containsExactly("k=crime", "k=imitation", "k=scale");
        assertThat(cuesOf("punished twice already")).containsExactly("k=crime", "k=repeat");
        assertThat(cuesOf("他们威胁我")).containsExactly("k=crime", "k=threat");
        assertThat(cuesOf("malware and a ransom note")).containsExactly("k=crime", "k=intrusion");
        assertThat(cuesOf("有人买通了门卫")).containsExactly("k=crime", "k=intrusion");
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
    void chinasOwnShopsByTheirNamesAndLogisticsCompaniesAreCues() {
        assertThat(cuesOf("a shop on tmall global")).containsExactly("k=online");
        assertThat(cuesOf("天猫旗舰店")).containsExactly("k=online");
        assertThat(cuesOf("bought on dewu, or poizon")).containsExactly("k=online");
        assertThat(cuesOf("sent out via a logistics company")).containsExactly("k=courier");
        assertThat(cuesOf("从边境运往老挝")).containsExactly("k=trade");
    }

    @Test
    void aTextWithNoCueAddsNothing() {
        assertThat(cuesOf("")).isEmpty();
        assertThat(cuesOf("zzzz qqqq")).isEmpty();
    }
}
