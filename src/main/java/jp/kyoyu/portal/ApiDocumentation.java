package jp.kyoyu.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import jp.kyoyu.shared.Wording;

/** The OpenAPI description of {@code /api/v1} at {@code /v3/api-docs}, browsable at {@code /api-docs.html}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI kyoyuApi() {
		return new OpenAPI()
			.info(new Info().title("Kyoyu API")
				.version("v1")
				.description(Wording.japanese("portal.api.description")))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
