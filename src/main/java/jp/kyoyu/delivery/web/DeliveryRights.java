package jp.kyoyu.delivery.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/**
 * Exports' requests (docs/security/rights.md): READ to see the exports and download their files, WRITE to start
 * one. An export carries documents, so it needs the right to read documents as well: EXPORT never widens DOCUMENT.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryRights {

	private static final String[] EXPORTS = { "/projects/*/exports/**", "/api/v1/projects/*/exports",
			"/api/v1/exports/**" };

	@Bean
	RequestRights exportRequests() {
		return RequestRights.of(Feature.EXPORT).use(EXPORTS);
	}

	@Bean
	RequestRights exportedDocumentRequests() {
		return RequestRights.of(Feature.DOCUMENT).always(AccessLevel.READ, EXPORTS);
	}
}
