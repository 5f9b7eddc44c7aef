package org.iprhotline.hotline.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the test run, from zonky's packaged binaries; no Docker. Tests that
 * take the database away and bring it back get a {@link PostgresServer} injected with
 * {@link InjectPostgres}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;

    @Override
    public Map<String, String> start() {
        File workingDirectory = new File("target/embedded-postgres");
        workingDirectory.mkdirs();
        try {
            server = new PostgresServer(workingDirectory, Files.createTempDirectory(
                    Path.of("target").toAbsolutePath(), "postgres-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectPostgres.class, PostgresServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server.deleteData();
        }
    }

    /** The server, which keeps its port and data across a stop and a start. */
    public static final class PostgresServer {

        private final File workingDirectory;
        private final Path dataDirectory;
        private int port;
        private EmbeddedPostgres running;

        PostgresServer(File workingDirectory, Path dataDirectory) {
            this.workingDirectory = workingDirectory;
            this.dataDirectory = dataDirectory;
        }

        public synchronized void start() {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workingDirectory)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "off");
            if (port != 0) {
                builder.setPort(port);
            }
            try {
                running = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL for the tests did not start", e);
            }
            port = running.getPort();
        }

        public synchronized void stop() {
            if (running != null) {
                try {
                    running.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                running = null;
            }
        }

        String jdbcUrl() {
            return running.getJdbcUrl("postgres", "postgres");
        }

        void deleteData() {
            Directories.delete(dataDirectory);
        }
    }
}
