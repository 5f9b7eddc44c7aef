import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

/**
 * Writes the service's OCI image as a tarball, with Jib and no Docker daemon:
 * {@code java -cp <jib-core> tools/image/BuildImage.java <runtime dir> <quarkus-app dir> <tar> <name:tag> [<AOT cache>]}.
 *
 * <p>Quarkus' own Jib extension can only hand an image to a Docker daemon or push it to a registry;
 * this machine has neither, so the build drives jib-core directly. Three layers, least changed
 * first: the runtime (tools/image/runtime.sh: a jlinked Java 25, or 17, and the libraries it links), the
 * libraries of the service, and the service itself. Files keep their permission bits and belong
 * to root; the process runs as 1001 and can write nowhere but /tmp (a volume in Kubernetes).
 *
 * <p>With an AOT cache (a Java 25 runtime, and the cache its training run in ImageIT wrote for this
 * very image) a fourth layer holds it and the JVM starts from it: the classes the service loads,
 * already parsed and linked, and the profiles of its methods.
 */
public class BuildImage {

    /**
     * Sized for a container: the heap takes half its memory limit, the rest is for metaspace, code,
     * threads and buffers; one collector thread (serial) keeps the footprint small.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:MaxRAMPercentage=50", "-XX:InitialRAMPercentage=25", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC",
            "-Djava.io.tmpdir=/tmp", "-Djava.security.egd=file:/dev/urandom");

    /** Where the image holds its AOT cache, beside the jar the cache was made for. */
    static final String AOT_CACHE = "app.aot";

    public static void main(String[] args) throws Exception {
        Path runtime = Path.of(args[0]);
        Path app = Path.of(args[1]);
        Path tar = Path.of(args[2]);
        String name = args[3];
        Path aotCache = args.length > 4 ? Path.of(args[4]) : null;
        Files.createDirectories(tar.getParent());

        AbsoluteUnixPath deployments = AbsoluteUnixPath.get("/deployments");
        var entrypoint = new java.util.ArrayList<String>();
        entrypoint.add("/opt/java/bin/java");
        entrypoint.addAll(JVM_OPTIONS);
        JibContainerBuilder image = Jib.fromScratch()
                .setFormat(ImageFormat.OCI)
                .addFileEntriesLayer(runtimeLayer(runtime))
                .addFileEntriesLayer(layer("libraries", app.resolve("lib"), deployments.resolve("lib")))
                .addFileEntriesLayer(applicationLayer(app, deployments));
        if (aotCache != null) {
            AbsoluteUnixPath inImage = deployments.resolve(AOT_CACHE);
            image.addFileEntriesLayer(FileEntriesLayer.builder().setName("aot-cache")
                    .addEntry(aotCache, inImage, FilePermissions.fromOctalString("644")).build());
            entrypoint.add("-XX:AOTCache=" + inImage);
        }
        entrypoint.addAll(List.of("-jar", "/deployments/quarkus-run.jar"));
        image.setEntrypoint(entrypoint)
                // Added by the java launcher to the options above: the place for a deployment's own.
                .setEnvironment(Map.of("JDK_JAVA_OPTIONS", "", "LANG", "C.UTF-8"))
                .setExposedPorts(Port.tcp(8080))
                .setUser("1001:1001")
                .setWorkingDirectory(deployments)
                .addLabel("org.opencontainers.image.title", "ipr-hotline")
                .addLabel("org.opencontainers.image.version", name.substring(name.lastIndexOf(':') + 1))
                .containerize(Containerizer.to(TarImage.at(tar).named(name))
                        .setApplicationLayersCache(tar.getParent().resolve("jib-cache"))
                        .setBaseImageLayersCache(tar.getParent().resolve("jib-cache")));
        System.out.printf("tools/image: %s written to %s (%d MB)%s%n", name, tar, Files.size(tar) >> 20,
                aotCache == null ? "" : ", starting from its AOT cache");
    }

    static FileEntriesLayer layer(String name, Path from, AbsoluteUnixPath to) throws IOException {
        return FileEntriesLayer.builder().setName(name)
                .addEntryRecursive(from, to, BuildImage::permissions).build();
    }

    /** The runtime directory is laid out as the image's root: each of its top folders goes there. */
    static FileEntriesLayer runtimeLayer(Path runtime) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("runtime");
        try (var top = Files.list(runtime)) {
            for (Path folder : top.sorted().toList()) {
                layer.addEntryRecursive(folder, AbsoluteUnixPath.get("/" + folder.getFileName()), BuildImage::permissions);
            }
        }
        return layer.build();
    }

    static FileEntriesLayer applicationLayer(Path app, AbsoluteUnixPath deployments) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("application");
        for (String part : List.of("app", "quarkus", "quarkus-run.jar")) {
            layer.addEntryRecursive(app.resolve(part), deployments.resolve(part), BuildImage::permissions);
        }
        return layer.build();
    }

    /** Read and execute as on disk, never writable by anyone but root. */
    static FilePermissions permissions(Path source, AbsoluteUnixPath target) {
        if (target.toString().equals("/tmp")) {
            return FilePermissions.fromOctalString("777");
        }
        return FilePermissions.fromOctalString(Files.isDirectory(source) || Files.isExecutable(source) ? "755" : "644");
    }
}
