package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordClassifierTest {

    private final Classifier classifier = new KeywordClassifier();

    @Test
    void recognisesEachRightInBothLanguages() {
        assertThat(classifier.classify("有人仿造我们的实用新型专利产品").rightType()).isEqualTo(RightType.PATENT);
        assertThat(classifier.classify("They copy our patented pump").rightType()).isEqualTo(RightType.PATENT);
        assertThat(classifier.classify("网店卖山寨耐克鞋").rightType()).isEqualTo(RightType.TRADEMARK);
        assertThat(classifier.classify("Counterfeit handbags with our logo").rightType()).isEqualTo(RightType.TRADEMARK);
        assertThat(classifier.classify("网站提供盗版电影下载").rightType()).isEqualTo(RightType.COPYRIGHT);
        assertThat(classifier.classify("Cracked copies of our software are sold").rightType())
                .isEqualTo(RightType.COPYRIGHT);
        assertThat(classifier.classify("离职员工带走了客户名单").rightType()).isEqualTo(RightType.TRADE_SECRET);
        assertThat(classifier.classify("A former employee took our formula to a rival").rightType())
                .isEqualTo(RightType.TRADE_SECRET);
        assertThat(classifier.classify("有人卖套牌种子").rightType()).isEqualTo(RightType.PLANT_VARIETY);
        assertThat(classifier.classify("Unlicensed seedlings of our protected cultivar").rightType())
                .isEqualTo(RightType.PLANT_VARIETY);
    }

    @Test
    void saysNoneWhenThereIsNothingToGoOn() {
        Classification hello = classifier.classify("hello?");
        assertThat(hello.rightType()).isEqualTo(RightType.NONE);
        assertThat(hello.flags()).isEmpty();
    }

    @Test
    void findsFlagsAndExplainsItself() {
        Classification result = classifier.classify("A factory ships counterfeit trademark goods by courier for export");
        assertThat(result.flags()).containsExactlyInAnyOrder(Flag.CRIMINAL, Flag.DELIVERY, Flag.IMPORT_EXPORT);
        assertThat(result.terms()).contains("trademark", "counterfeit");
        assertThat(result.confidence()).isBetween(0.5, 1.0);
        assertThat(result.runnerUp()).isNotEqualTo(result.rightType());
    }

    @Test
    void detectsTheLanguage() {
        assertThat(LanguageDetector.detect("网店卖山寨耐克鞋 Nike")).isEqualTo("zh");
        assertThat(LanguageDetector.detect("fake Nike shoes")).isEqualTo("en");
        assertThat(LanguageDetector.detect("???")).isEqualTo("en");
    }
}
