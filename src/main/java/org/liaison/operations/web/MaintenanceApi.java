package org.liaison.operations.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.operations.internal.MaintenanceSwitch;
import org.liaison.shared.AllowedDuringMaintenance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The maintenance switch for administrators and their scripts. */
@RestController
@RequestMapping("/api/v1/admin/maintenance")
@Tag(name = "Operations")
class MaintenanceApi {

    private final MaintenanceSwitch maintenance;
    private final CurrentViewer viewer;

    MaintenanceApi(MaintenanceSwitch maintenance, CurrentViewer viewer) {
        this.maintenance = maintenance;
        this.viewer = viewer;
    }

    /**
     * @param enabled on or off
     * @param message shown to users in the banner, beside the standard text in their language
     * @param until   the expected end (ISO instant), used for Retry-After
     */
    record MaintenanceBody(@NotNull Boolean enabled, @Size(max = 2000) @Nullable String message,
            @Nullable Instant until) {}

    record MaintenanceJson(boolean enabled, String message, @Nullable Instant until) {}

    @GetMapping
    @Operation(summary = "Whether maintenance is on, its message and expected end")
    MaintenanceJson get() {
        requireAdministrator();
        return state();
    }

    @PutMapping
    @AllowedDuringMaintenance // the switch itself
    @Operation(summary = "Turn maintenance on or off",
            description = "While on, every read works and every write answers 503 with Retry-After.")
    @ApiResponse(responseCode = "200", description = "The new state")
    @ApiResponse(responseCode = "403", description = "Only administrators switch maintenance")
    MaintenanceJson put(@Valid @RequestBody MaintenanceBody body) {
        requireAdministrator();
        maintenance.set(body.enabled(), body.message(), body.until(), viewer.get().username());
        return state();
    }

    private MaintenanceJson state() {
        return maintenance.current().map(m -> new MaintenanceJson(true, m.message(), m.until()))
                .orElse(new MaintenanceJson(false, "", null));
    }

    private void requireAdministrator() {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators switch maintenance");
        }
    }
}
