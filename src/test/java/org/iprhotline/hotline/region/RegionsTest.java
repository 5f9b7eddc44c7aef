package org.iprhotline.hotline.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegionsTest {

    private final Regions regions = Regions.get();

    @Test
    void theTableHoldsTheMainlandsDivisions() {
        assertThat(regions.provinces()).hasSize(31);
        assertThat(regions.find("440300")).map(Region::nameZh).contains("深圳市");
        assertThat(regions.find("440000")).map(Region::nameEn).contains("Guangdong");
        assertThat(regions.find("440303")).map(Region::level).contains(Region.Level.COUNTY);
        // A city without districts is a city, one of its province's cities.
        assertThat(regions.find("441900")).map(Region::level).contains(Region.Level.CITY);
        assertThat(regions.citiesOf(regions.find("440000").orElseThrow())).extracting(Region::nameZh)
                .contains("东莞市", "中山市");
        assertThat(regions.fullName(regions.find("440303").orElseThrow())).isEqualTo("广东省深圳市罗湖区");
        assertThat(regions.fullName(regions.find("110105").orElseThrow())).isEqualTo("北京市朝阳区");
        assertThat(regions.find("810000")).isEmpty(); // Hong Kong: not the mainland agencies' to enforce
        assertThat(regions.find("449999")).isEmpty();
    }

    @Test
    void aTextNamingOnePlaceGivesIt() {
        assertThat(code("在深圳市宝安区有人卖假冒的苹果手机")).contains("440306");
        assertThat(code("广东省深圳市罗湖区一家店卖假货")).contains("440303");
        assertThat(code("义乌市某市场批发假冒商标的饰品")).contains("330782");
        assertThat(code("廣東省深圳市羅湖區一家店賣假貨")).contains("440303"); // traditional characters
        assertThat(code("乾安县一家店卖假货")).contains("220723"); // 乾 is also a traditional 干
        assertThat(code("A factory in Guangdong copies our patented design")).contains("440000");
    }

    @Test
    void placesInOneProvinceGiveTheProvince() {
        assertThat(code("深圳市和广州市都有店在卖")).contains("440000");
        assertThat(code("广东省深圳市")).contains("440300");
    }

    @Test
    void placesInTwoProvincesGiveNothing() {
        assertThat(code("货从深圳市发出，在杭州市销售")).isEmpty();
    }

    @Test
    void aBareNameCountsOnlyWhereTheWordsMakeItAPlace() {
        // Goods and brands carry place names: none of these says where the infringement happened.
        assertThat(code("有人卖假冒玉溪香烟和青岛啤酒")).isEmpty();
        assertThat(code("假冒云南白药")).isEmpty();
        assertThat(code("在深圳卖假冒玉溪香烟")).contains("440300");
        assertThat(code("莆田的工厂仿制耐克鞋")).contains("350300");
        // An autonomous prefecture is called by its place, without its peoples.
        assertThat(code("在西双版纳有人卖假冒普洱茶")).contains("532800");
        assertThat(code("延边的市场卖盗版光盘")).contains("222400");
        assertThat(code("在海南卖假冒椰子汁")).contains("460000"); // the province, not Qinghai's 海南藏族自治州
        // A text message may start with its place.
        assertThat(code("深圳：东门步行街有人卖假冒的苹果手机")).contains("440300");
        assertThat(code("Guangdong: fake Nike shoes at the night market")).contains("440000");
        // A name several places share is no answer.
        assertThat(code("朝阳区一家店")).isEmpty();
        // An English province name is a whole word.
        assertThat(code("Shebeing fakes")).isEmpty();
    }

    @Test
    void anEnglishTextNamingACityGivesItWhereTheWordsMakeItAPlace() {
        assertThat(code("A factory in Dongguan makes fake Nike shoes")).contains("441900");
        assertThat(code("Counterfeit jewellery wholesaled from Yiwu to Europe")).contains("330782");
        assertThat(code("A Shenzhen-based seller copies our patented charger")).contains("440300");
        assertThat(code("Putian: fake running shoes sold online")).contains("350300");
        assertThat(code("Fakes of our brand at a market in Harbin")).contains("230100");
        assertThat(code("a shop in Xian and one in Xi'an and one in Xi\u2019an")).contains("610100");
        assertThat(code("pirated seeds sold near Lvliang")).contains("141100");
        // A city and the province it lies in give the city; a city elsewhere too, nothing.
        assertThat(code("our distributor in Shenzhen, Guangdong")).contains("440300");
        assertThat(code("made in Shenzhen and sold in Hangzhou")).isEmpty();
        // A name that holds another gives the wider place: Dali is the prefecture and its city.
        assertThat(code("a tea seller in Dali")).contains("532900");
    }

    @Test
    void anEnglishCityNameWithoutAPlaceAroundItOrSharedIsNoAnswer() {
        // Brands and a person: a city's name, but not a place here.
        assertThat(code("Fake Qingdao beer and Jinhua ham sold online")).isEmpty();
        assertThat(code("Our engineer Zhang Jiaxing left with the source code")).isEmpty();
        assertThat(code("Shenzhenx in dongguanese")).isEmpty(); // whole words only
        // Two cities share the name: Suzhou is 苏州 (Jiangsu) and 宿州 (Anhui).
        assertThat(code("a warehouse in Suzhou")).isEmpty();
        // Beijing's 朝阳区 and Liaoning's 朝阳市 read the same: the city has no English name, Beijing stays.
        assertThat(code("a shop in Chaoyang, Beijing")).contains("110000");
        assertThat(regions.find("211300")).map(Region::nameEn).contains("");
    }

    @Test
    void anEnglishTextNamingADistrictOfABigCityGivesIt() {
        assertThat(code("fake iPhones sold in Futian, near the electronics markets")).contains("440304");
        assertThat(code("A Pudong-based trading company imports counterfeit perfume")).contains("310115");
        assertThat(code("a print shop in Haidian copies our textbooks")).contains("110108");
        assertThat(code("a warehouse in Minhang district")).contains("310112");
        assertThat(code("our distributor in Futian, Shenzhen")).contains("440304");
        // Districts two big cities share (Chaoyang in Beijing and Changchun; Huangpu in Shanghai and
        // Guangzhou), and names English text means otherwise, are no answer.
        assertThat(code("a warehouse in Huangpu")).isEmpty();
        assertThat(code("a report from Xinhua says fakes are everywhere")).isEmpty();
        assertThat(code("a trader near Hongqiao")).isEmpty();
        // A district name is a place only where the words make it one, as a city's is.
        assertThat(code("Futian trucks with a copied grille")).isEmpty();
        assertThat(regions.find("440304")).map(Region::nameEn).contains("Futian");
        assertThat(regions.find("110105")).map(Region::nameEn).contains("");
    }

    @Test
    void aMarketKnownForCounterfeitsGivesItsDistrict() {
        assertThat(code("华强北有人卖假冒的苹果手机")).contains("440304");
        assertThat(code("fake AirPods everywhere in Huaqiangbei")).contains("440304");
        assertThat(code("秀水街的摊位卖假冒名牌包")).contains("110105");
        assertThat(code("汉正街批发假冒商标的服装")).contains("420104");
        assertThat(code("义乌国际商贸城有店铺卖侵权玩具")).contains("330782");
        // With its city, the market still names the district.
        assertThat(code("深圳华强北一家柜台卖假耳机")).contains("440304");
    }

    @Test
    void aProvinceSaidOnThePhoneIsFoundAndTheKeysFollowTheCodes() {
        assertThat(regions.provinceSaid("广东").map(Region::code)).contains("440000");
        assertThat(regions.provinceSaid("in Shaanxi").map(Region::code)).contains("610000");
        assertThat(regions.provinceSaid("Shanxi province").map(Region::code)).contains("140000");
        assertThat(regions.provinceSaid("深圳").map(Region::code)).contains("440000");
        assertThat(regions.provinceSaid("Shenzhen").map(Region::code)).contains("440000");
        assertThat(regions.provinceSaid("山东还是广东")).isEmpty();
        assertThat(regions.provinceSaid("不知道")).isEmpty();
        assertThat(regions.provincesInGroup(4)).extracting(Region::nameZh)
                .containsExactly("河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省");
        int all = 0;
        for (int group = 1; group <= 6; group++) {
            all += regions.provincesInGroup(group).size();
            assertThat(regions.provincesInGroup(group)).hasSizeLessThanOrEqualTo(9); // one key each
        }
        assertThat(all).isEqualTo(31);
    }

    @Test
    void aHostileTextIsReadOnceAndNamesNoOnePlace() {
        String everywhere = "在深圳在杭州在成都".repeat(2_500);
        assertThat(code(everywhere)).isEmpty();
        String oneName = "广东".repeat(10_000) + "省";
        assertThat(code(oneName)).contains("440000");
        assertThat(code("\u0000\u202e深圳市\uD800")).contains("440300");
        String everyCity = "in Yiwu in Putian in Harbin ".repeat(800);
        assertThat(code(everyCity)).isEmpty();
        assertThat(code("in " + "x".repeat(20_000) + " Yiwu's")).contains("330782");
    }

    private Optional<String> code(String text) {
        return regions.inferFrom(text).map(Region::code);
    }
}
