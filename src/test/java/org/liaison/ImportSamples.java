package org.liaison;

import java.nio.charset.StandardCharsets;

import org.liaison.access.SignedIn;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.operations.imports.ImportService;
import org.springframework.beans.factory.annotation.Autowired;

/** Path samples of the imports' endpoints: a freshly uploaded import (waiting for its mapping) per request. */
class ImportSamples implements AuthorizationMatrixIntegrationTests.SampleRegistrar {

    @Autowired
    ImportService imports;

    @Override
    public void register(AuthorizationMatrixIntegrationTests.Samples samples, SignedIn signedIn) {
        java.util.function.Function<AuthorizationMatrixIntegrationTests.Samples.Request, String> fresh = r ->
                ViewerContext.call(Viewer.system("matrix"), () -> imports.upload("matrix.csv",
                        ("Organization,Country\nMatrix import " + java.util.UUID.randomUUID() + ",JP\n")
                                .getBytes(StandardCharsets.UTF_8)).job().id().toString());
        samples.under("/api/v1/imports/", "id", fresh);
        samples.under("/imports/", "id", fresh);
    }
}
