package org.southsouth.volunteer.volunteer;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.volunteer.access.CallerAccess;

@Path("/api/v1/volunteers/skills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skills", description = "The controlled, extensible list of skills volunteers declare")
public class SkillResource {

    @Inject
    SkillCatalog catalog;

    @Inject
    CallerAccess access;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @Operation(
            operationId = "listSkills",
            summary = "List the skills",
            description = "Every skill volunteers may declare, by code. Every caller.")
    @APIResponse(responseCode = "200", description = "All skills (the list is small and not paged)")
    public List<SkillView> list() {
        return catalog.all().stream().map(SkillView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createSkill",
            summary = "Add a skill",
            description = "Extends the list (network staff only). Skills are never removed: volunteers refer to them.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid")
    @APIResponse(responseCode = "403", description = "Not network staff")
    @APIResponse(responseCode = "409", description = "A skill with this code exists")
    public Response add(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull SkillView body) {
        access.requireStaff("add skills");
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/volunteers/skills",
                body,
                () -> Response.created(URI.create("/api/v1/volunteers/skills#" + body.code()))
                        .entity(SkillView.of(catalog.add(body.code(), body.label())))
                        .build());
    }
}
