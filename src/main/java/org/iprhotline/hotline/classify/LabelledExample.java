package org.iprhotline.hotline.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the labelled corpus ({@code classify/corpus.tsv}).
 *
 * @param group the scenario template the example was written from; evaluation holds out whole groups
 */
public record LabelledExample(String id, String group, String language, String style, RightType rightType,
        Set<Flag> flags, String text) {

    public static List<LabelledExample> readAll(InputStream tsv) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("id\tgroup")) {
                throw new IOException("not a corpus file: missing header");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split("\t", -1);
                if (cells.length != 7) {
                    throw new IOException("corpus row with " + cells.length + " cells: " + line);
                }
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                Arrays.stream(cells[5].split(",")).filter(code -> !code.isBlank())
                        .forEach(code -> flags.add(Flag.fromCode(code).orElseThrow(
                                () -> new IllegalArgumentException("unknown flag " + code))));
                RightType type = RightType.fromCode(cells[4])
                        .orElseThrow(() -> new IllegalArgumentException("unknown right type " + cells[4]));
                examples.add(new LabelledExample(cells[0], cells[1], cells[2], cells[3], type, flags, cells[6]));
            }
        }
        return examples;
    }
}
