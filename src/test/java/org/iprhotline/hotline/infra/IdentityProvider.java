package org.iprhotline.hotline.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real identity provider: Keycloak with the project's realm, started by the script local runs use
 * (deploy/keycloak.sh) on a free port, its files under target/. The service signs staff in through
 * it by OIDC, the screens by the authorization-code flow, as in production.
 */
public class IdentityProvider implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "ipr-hotline";
    private static final Path DATA = Path.of("target/test-identity").toAbsolutePath();

    private int port;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        run("start", 300);
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "http://localhost:" + port + "/realms/" + REALM,
                "quarkus.oidc.client-id", "ipr-hotline",
                "quarkus.oidc.credentials.secret", "local-development-client-secret-not-for-production",
                "quarkus.http.auth.permission.staff-screens.paths", "/staff,/staff/*,/coordinators/*",
                "quarkus.http.auth.permission.staff-screens.policy", "authenticated",
                "quarkus.http.auth.permission.staff-screens.auth-mechanism", "code");
    }

    @Override
    public void stop() {
        run("stop", 60);
    }

    private void run(String command, int seconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of("deploy/keycloak.sh", command)).inheritIO();
            builder.environment().put("KEYCLOAK_PORT", String.valueOf(port));
            builder.environment().put("IPR_DATA_DIR", DATA.toString());
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("deploy/keycloak.sh " + command + " took over " + seconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("deploy/keycloak.sh " + command + " failed: " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
