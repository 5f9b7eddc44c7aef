package org.iprhotline.hotline.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.evidence.EvidenceFiles;

/**
 * Evidence files for the agencies holding their tip: the address each tip event gives per file.
 * Other agencies get the same 404 as for a file that does not exist.
 */
@Path("/api/v1/agency/evidence")
@RolesAllowed({"staff", "coordinator"})
public class EvidenceDownloadResource {

    private final EvidenceFiles files;
    private final SecurityIdentity identity;

    EvidenceDownloadResource(EvidenceFiles files, SecurityIdentity identity) {
        this.files = files;
        this.identity = identity;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Download an evidence file", description = "The bytes as uploaded; the Repr-Digest "
            + "header carries the SHA-256 digest recorded at upload, the same as in the tip event.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such file among your agency's tips")
    public Response download(@PathParam("id") String id) {
        UUID fileId;
        try {
            fileId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        return files.download(fileId)
                .filter(download -> StaffRoles.maySee(identity, download.agencies(), download.region()))
                .map(download -> Response.ok(download.content(), download.file().contentType())
                        .header("Content-Disposition", "attachment; filename=\"" + asciiName(download.file().name()) + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(download.file().name(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                        .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                                .encodeToString(HexFormat.of().parseHex(download.file().sha256())) + ":")
                        .header("Cache-Control", "no-store")
                        .build())
                .orElseGet(EvidenceDownloadResource::notFound);
    }

    /** The name for clients that do not read filename*: ASCII only, nothing that ends the quoted string. */
    private static String asciiName(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.chars().forEach(c -> ascii.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : (char) c));
        return ascii.toString();
    }

    private static Response notFound() {
        return Problem.response(Response.Status.NOT_FOUND, "No evidence file with this id among your agency's tips.");
    }
}
