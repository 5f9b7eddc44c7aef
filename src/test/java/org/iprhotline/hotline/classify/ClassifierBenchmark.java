package org.iprhotline.hotline.classify;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.iprhotline.hotline.AdversarialText;

/**
 * Time to classify one tip on one thread, short and long: run with
 * {@code ./mvnw -q test-compile exec:exec@classifier-benchmark}. Sample mode reports the median
 * (p0.50) as well as the tail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {

    private static final String LONG_EN = """
            Dear officer, we act for a foreign-invested enterprise that owns the registered trademark No. 12345678 \
            and the utility model ZL201920123456.5. Since March a factory in Putian has been producing sports shoes \
            that carry a logo nearly identical to our client's mark, in boxes that copy our packaging. The goods are \
            sold through several shops on Taobao and in live streams on Douyin at a tenth of the genuine price, \
            shipped to buyers across the country by SF Express, and containers of them leave Ningbo port for Dubai \
            every month. Test purchases, photographs of the workshop and the shop links are attached. We estimate \
            the sales at more than five hundred thousand yuan and ask that the factory be inspected and the goods \
            seized at the border.""";
    private static final String LONG_ZH = """
            尊敬的工作人员：我司是一家外商投资企业，拥有第12345678号注册商标和实用新型专利ZL201920123456.5。自今年三月起，\
            莆田一家工厂大量生产带有与我司商标几乎相同标识的运动鞋，包装也仿冒我司产品，在淘宝多家店铺和抖音直播间以正品\
            一折的价格销售，通过顺丰快递发往全国，每月还有集装箱从宁波港出口到迪拜。附件为购买凭证、作坊照片和店铺链接。\
            我们估计涉案金额超过五十万元，请求依法检查该工厂并在口岸查扣货物。""";

    @Param({"sms-en", "sms-zh", "web-en", "web-zh", "web-1000", "hostile-patent-20k", "hostile-han-20k",
        "hostile-nfkc-20k"})
    public String tip;

    private String text;
    private Classifier classifier;

    @Setup
    public void load() {
        classifier = new TrainedClassifier(ClassifierModels.loadShipped());
        text = switch (tip) {
            case "sms-en" -> "fake nike shoes sold on taobao shipped by sf pls check";
            case "sms-zh" -> "举报 网店卖山寨耐克鞋 顺丰发货";
            case "web-en" -> LONG_EN;
            case "web-zh" -> LONG_ZH;
            // The length the classifier's time target is set for: a complaint in English, then in Chinese.
            case "web-1000" -> (LONG_EN + " " + LONG_ZH + " " + LONG_EN).substring(0, 1000);
            // The worst cases of AdversarialText, at the longest a tip may be.
            case "hostile-patent-20k" -> AdversarialText.cases(AdversarialText.MAX).get("patent then spaces");
            case "hostile-han-20k" -> AdversarialText.cases(AdversarialText.MAX).get("han characters");
            case "hostile-nfkc-20k" -> AdversarialText.cases(AdversarialText.MAX).get("expanding under NFKC");
            default -> throw new IllegalArgumentException(tip);
        };
    }

    @Benchmark
    public Classification classify() {
        return classifier.classify(text);
    }
}
