package org.liaison.operations.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.access.CurrentViewer;
import org.liaison.operations.internal.PersonalData;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal data of a person of the directory, for administrators: export and erasure. */
@RestController
@RequestMapping("/api/v1/admin/personal-data/{person}")
@Tag(name = "Operations")
class PersonalDataApi {

    private final PersonalData personalData;
    private final CurrentViewer viewer;

    PersonalDataApi(PersonalData personalData, CurrentViewer viewer) {
        this.personalData = personalData;
        this.viewer = viewer;
    }

    @GetMapping
    @Operation(summary = "Everything Liaison holds about a person, by module, with their audit trail")
    Map<String, Object> export(@PathVariable UUID person) {
        requireAdministrator();
        return personalData.export(person);
    }

    @DeleteMapping
    @Operation(summary = "Erase a person from every module and the search index",
            description = "The audit trail keeps who changed what and when; the person's names in it become a stable pseudonym.")
    ResponseEntity<Void> erase(@PathVariable UUID person) {
        requireAdministrator();
        personalData.erase(person);
        return ResponseEntity.noContent().build();
    }

    private void requireAdministrator() {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators export or erase personal data");
        }
    }
}
