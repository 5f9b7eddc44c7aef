package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

    @Test
    void computesTheCheckDigitOfAChinesePatentApplicationNumber() {
        // 2*2+3*0+4*1+5*9+6*2+7*0+8*1+9*2+2*3+3*4+4*5+5*6 = 159; 159 mod 11 = 5
        assertThat(RegistrationNumber.checkCharacter("201920123456")).isEqualTo('5');
        // 2*2+3*0+4*0+5*8+6*1+7*0+8*0+9*0+2*0+3*0+4*0+5*5 = 75; 75 mod 11 = 9
        assertThat(RegistrationNumber.checkCharacter("200810000005")).isEqualTo('9');
    }

    @Test
    void aCheckResultOfTenIsWrittenX() {
        String digits = null;
        for (int serial = 0; serial < 100 && digits == null; serial++) {
            String candidate = String.format("20211%07d", serial);
            if (RegistrationNumber.checkCharacter(candidate) == 'X') {
                digits = candidate;
            }
        }
        assertThat(digits).isNotNull();
        assertThat(RegistrationNumber.findIn("ZL" + digits + ".X")).singleElement()
                .extracting(RegistrationNumber::valid).isEqualTo(true);
    }

    @Test
    void theTypeDigitTellsInventionUtilityModelAndDesign() {
        assertThat(RegistrationNumber.findIn("ZL201910123456.2 ZL201920123456.5 ZL201930123456.8"))
                .extracting(RegistrationNumber::kind)
                .containsExactly(RegistrationNumber.Kind.INVENTION_PATENT, RegistrationNumber.Kind.UTILITY_MODEL,
                        RegistrationNumber.Kind.DESIGN_PATENT);
    }

    @Test
    void aMistypedNumberIsRecognisedButMarkedInvalid() {
        assertThat(RegistrationNumber.findIn("our patent ZL201920123456.4")).singleElement()
                .satisfies(number -> {
                    assertThat(number.value()).isEqualTo("ZL201920123456.4");
                    assertThat(number.valid()).isFalse();
                });
    }

    @Test
    void writtenWithoutTheDotOrInLowerCase() {
        assertThat(RegistrationNumber.findIn("专利号zl2019201234565")).singleElement()
                .satisfies(number -> assertThat(number.valid()).isTrue());
        assertThat(RegistrationNumber.findIn("专利号：ZL 201920123456.5")).singleElement()
                .satisfies(number -> assertThat(number.value()).isEqualTo("ZL201920123456.5"));
    }

    @Test
    void labelsInTraditionalCharactersAreRead() {
        assertThat(RegistrationNumber.findIn("專利號 201920123456.5 的產品")).singleElement()
                .satisfies(number -> assertThat(number.value()).isEqualTo("ZL201920123456.5"));
        assertThat(RegistrationNumber.findIn("註冊商標第12345678號被冒用")).singleElement()
                .satisfies(number -> assertThat(number.value()).isEqualTo("12345678"));
    }

    @Test
    void oldEightDigitNumbersHaveTheirOwnCheck() {
        // 2*9+3*7+4*1+5*2+6*3+7*4+8*5+9*6 = 193; 193 mod 11 = 6
        assertThat(RegistrationNumber.findIn("ZL97123456.6")).singleElement()
                .satisfies(number -> {
                    assertThat(number.valid()).isTrue();
                    assertThat(number.kind()).isEqualTo(RegistrationNumber.Kind.INVENTION_PATENT);
                });
    }

    @Test
    void trademarkAndVarietyNumbersAreRecognisedByTheirContext() {
        assertThat(RegistrationNumber.findIn("注册商标第12345678号被冒用")).singleElement()
                .satisfies(number -> {
                    assertThat(number.kind()).isEqualTo(RegistrationNumber.Kind.TRADEMARK);
                    assertThat(number.value()).isEqualTo("12345678");
                });
        assertThat(RegistrationNumber.findIn("variety right CNA20191234.5")).singleElement()
                .satisfies(number -> assertThat(number.kind()).isEqualTo(RegistrationNumber.Kind.PLANT_VARIETY));
        assertThat(RegistrationNumber.findIn("call me on 13800001234")).isEmpty();
    }

    @Test
    void numbersFarApartInALongComplaintAreAllFoundInOrderOfKind() {
        String filler = " the goods were sold at the market every week".repeat(40);
        String text = "variety right CNA20191234.5" + filler + "our utility model ZL201920123456.5" + filler
                + "registered mark No. 7654321" + filler + "and design ZL201930123456.8 too";
        assertThat(RegistrationNumber.findIn(text)).extracting(RegistrationNumber::value)
                .containsExactly("ZL201920123456.5", "ZL201930123456.8", "7654321", "CNA20191234.5");
    }

    @Test
    void aLabelNoFurtherThanItsWindowBeforeTheDigitsIsRead() {
        String near = "ZL" + " ".repeat(RegistrationNumber.LABEL_BEFORE - 2) + "201920123456.5";
        String far = "ZL" + " ".repeat(RegistrationNumber.LABEL_BEFORE + 10) + "201920123456.5";
        assertThat(RegistrationNumber.findIn(near)).singleElement()
                .satisfies(number -> assertThat(number.valid()).isTrue());
        assertThat(RegistrationNumber.findIn(far)).isEmpty();
    }

    @Test
    void aPatentNumberIsNotReadInsideALongerRunOfDigitsThatEndsTheWindow() {
        assertThat(RegistrationNumber.findIn("ZL2019201234565" + "0".repeat(20))).isEmpty();
    }
}
