package org.liaison;

/** Path samples of operations' export endpoints for the authorization matrix (authz/ops.md). */
class OpsMatrixSamples implements AuthorizationMatrixIntegrationTests.SampleRegistrar {

    @Override
    public void register(AuthorizationMatrixIntegrationTests.Samples samples, org.liaison.access.SignedIn signedIn) {
        samples.under("/api/v1/export/", "module", r -> "documents");
        samples.under("/api/v1/export/", "dataset", r -> "documents");
    }
}
