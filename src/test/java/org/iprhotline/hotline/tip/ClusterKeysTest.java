package org.iprhotline.hotline.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.RegistrationNumber;

class ClusterKeysTest {

    @Test
    void shopAddressesAreWrittenOneWay() {
        assertThat(ClusterKeys.of("see https://www.Shop123.taobao.com/index.htm/?spm=a1z10 for the fakes", List.of()))
                .containsExactly("url:shop123.taobao.com/index.htm");
        assertThat(ClusterKeys.of("网店 shop123.taobao.com/index.htm 卖假鞋", List.of()))
                .containsExactly("url:shop123.taobao.com/index.htm");
        assertThat(ClusterKeys.of("listing item.taobao.com/item.htm?spm=x&id=6001234", List.of()))
                .containsExactly("url:item.taobao.com/item.htm?id=6001234");
    }

    @Test
    void phoneNumbersCompaniesAndValidRegistrationNumbers() {
        List<RegistrationNumber> numbers = RegistrationNumber.findIn("ZL201920123456.5 and ZL201920123456.4");
        assertThat(ClusterKeys.of("call 139-1234-5678? no: +86 13912345678 or 0755-12345678. 莆田鞋业有限公司 and "
                + "Golden Dragon Trading Co., Ltd. copy our patent", numbers))
                .contains("phone:13912345678", "phone:075512345678", "company:莆田鞋业有限公司",
                        "company:golden dragon trading co ltd", "reg:ZL201920123456.5")
                .doesNotContain("reg:ZL201920123456.4");
    }

    @Test
    void aCompanyNamedMidSentenceIsTheSameCompany() {
        assertThat(ClusterKeys.of("我们的外观设计专利被金龙鞋业有限公司抄袭了", List.of()))
                .containsExactly("company:金龙鞋业有限公司");
        assertThat(ClusterKeys.of("金龙鞋业有限公司大量生产假鞋", List.of())).containsExactly("company:金龙鞋业有限公司");
    }

    @Test
    void vagueWordsLinkNothing() {
        assertThat(ClusterKeys.of("一家公司在卖假货，一家工厂在生产", List.of())).isEmpty();
        assertThat(ClusterKeys.of("工厂大量生产侵犯我公司实用新型专利的产品", List.of())).isEmpty();
        assertThat(ClusterKeys.of("我们公司的商标被冒用", List.of())).isEmpty();
        assertThat(ClusterKeys.of("hello?", List.of())).isEmpty();
    }
}
