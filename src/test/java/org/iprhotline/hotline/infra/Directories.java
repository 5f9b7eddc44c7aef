package org.iprhotline.hotline.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Test data the tests make on disk, under target/. */
public final class Directories {

    private Directories() {
    }

    /** Deletes a directory and everything in it; what cannot be deleted is left for mvn clean. */
    public static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // left for mvn clean
        }
    }
}
