package jp.kyoyu.document.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/**
 * Documents' requests and the right each needs (docs/security/rights.md): READ to list, search, open and download
 * documents and their lists (CSV, Excel), WRITE to register, change, move and delete documents and folders.
 */
@Configuration(proxyBeanMethods = false)
class DocumentRights {

	@Bean
	RequestRights documentRequests() {
		return RequestRights.of(Feature.DOCUMENT)
			// A resumable upload, even asking how far it got, is part of registering a document.
			.always(AccessLevel.WRITE, "/api/v1/projects/*/uploads", "/api/v1/uploads/**")
			.writing(GET, "/projects/*/documents/new", "/folders/*/edit")
			.use("/projects/*/documents/**", "/projects/*/folders", "/folders/**", "/documents/**",
					"/api/v1/projects/*/folders", "/api/v1/folders/**", "/api/v1/projects/*/documents",
					"/api/v1/projects/*/documents.csv", "/api/v1/projects/*/documents.xlsx", "/api/v1/documents/**");
	}
}
