package jp.kyoyu.portal;

import java.util.List;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import jp.kyoyu.shared.Wording;

/**
 * The OpenAPI description of {@code /api/v1} at {@code /v3/api-docs}, browsable at {@code /api-docs.html}, committed
 * as {@code docs/openapi.json} (docs/api.md). The server is given as {@code /}: the description is the same on every
 * installation (and in the committed file), and a client resolves it against where it fetched it from.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI kyoyuApi() {
		return new OpenAPI()
			.info(new Info().title("Kyoyu API")
				.version("v1")
				.description(Wording.japanese("portal.api.description"))
				.contact(new Contact().name(Wording.japanese("portal.api.contact")))
				.license(new License().name(Wording.japanese("portal.api.license"))))
			.servers(List.of(new Server().url("/").description(Wording.japanese("portal.api.server"))))
			// Either scheme authenticates every operation: a personal API token (issue #21) spares a script the
			// password hash Basic costs on every request.
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat("kyoyu_ + 43 characters (base64url)")
					.description(Wording.japanese("portal.api.bearer"))))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	GlobalOperationCustomizer apiOperationConventions() {
		return new ApiOperationConventions();
	}

	@Bean
	GlobalOpenApiCustomizer apiDescriptionConventions() {
		return ApiOperationConventions::describeShared;
	}
}
