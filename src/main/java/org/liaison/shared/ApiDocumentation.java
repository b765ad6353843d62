package org.liaison.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI document at {@code /v3/api-docs}: what the API is, how to authenticate
 * (a personal API token as {@code Authorization: Bearer ...}), and that every error is an RFC 9457
 * problem detail. Each module's controllers document their own operations.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TOKEN = "token";

    @Bean
    OpenAPI liaisonOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Liaison API").version("v1")
                        .description("The system of record of an innovation hub's international cooperation. "
                                + "Authenticate with a personal API token (Authorization: Bearer <token>). Writes take "
                                + "If-Match with the ETag a read returned; a stale one answers 409. Every error is an "
                                + "RFC 9457 problem detail (application/problem+json) with type, title, status, detail "
                                + "and code.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token, created under Account > API tokens")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
