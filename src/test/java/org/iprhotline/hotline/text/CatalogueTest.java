package org.iprhotline.hotline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.MessageBundle;

class CatalogueTest {

    /**
     * Quarkus 3.33.2 generates a bundle of more than 300 messages that fails to verify when the
     * service starts (quarkus#55584). Past that, start a bundle of their own for the new words.
     */
    private static final int MOST_MESSAGES_IN_A_BUNDLE = 300;

    /** Said in English inside the Chinese phone menu: the way to the English one. */
    private static final Set<String> ENGLISH_IN_EVERY_LANGUAGE = Set.of("ivr_for_english");

    @ParameterizedTest
    @ValueSource(classes = {Messages.class, StaffMessages.class})
    void eachBundleStaysWithinWhatQuarkusCanGenerate(Class<?> bundle) {
        assertThat(messages(bundle)).as("messages in %s", bundle.getSimpleName())
                .hasSizeLessThanOrEqualTo(MOST_MESSAGES_IN_A_BUNDLE);
    }

    @ParameterizedTest
    @ValueSource(classes = {Messages.class, StaffMessages.class})
    void everyMessageHasItsChineseText(Class<?> bundle) throws IOException {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties chinese = new Properties();
        try (InputStream in = bundle.getClassLoader().getResourceAsStream("messages/" + name + "_zh.properties")) {
            assertThat(in).as("messages/%s_zh.properties", name).isNotNull();
            chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>(messages(bundle));
        missing.removeAll(chinese.stringPropertyNames());
        missing.removeAll(ENGLISH_IN_EVERY_LANGUAGE);
        assertThat(missing).as("messages of %s without Chinese", bundle.getSimpleName()).isEmpty();
        assertThat(chinese.stringPropertyNames()).as("Chinese texts of %s", bundle.getSimpleName())
                .allMatch(key -> messages(bundle).contains(key));
    }

    private static Set<String> messages(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
    }
}
