package jp.kyoyu.erasure.web;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/**
 * Erasure's requests and the right each needs (docs/security/rights.md): setting another erasure date and running an
 * erasure are administration (ADMIN WRITE, checked again by {@code ErasureManagement}); the date and the
 * certificate are for every member and former member, so reading them needs no function right. The administrators'
 * pages under {@code /admin/erasures} are ADMIN: READ to look (identity's {@code AdministrationRights} lets READ
 * through there), WRITE to send their forms. The statement {@code /about/erasure} is for every logged-in user.
 */
@Configuration(proxyBeanMethods = false)
class ErasureRights {

	@Bean
	RequestRights erasureRequests() {
		return RequestRights.of(Feature.ADMIN)
			.writing(PUT, "/api/v1/projects/*/erasure")
			.writing(POST, "/api/v1/projects/*/erasure/run")
			.use("/admin/erasures", "/admin/erasures/**");
	}
}
