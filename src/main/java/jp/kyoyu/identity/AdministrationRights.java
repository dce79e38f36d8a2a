package jp.kyoyu.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Administration's requests: the audit trail (of data and of processes) is for READ, so that an auditor can be given
 * read-only administration; so are the erasure pages' GETs (their forms need WRITE: the erasure module's own
 * {@code ErasureRights}); users, groups, master data and everything else under {@code /admin} need WRITE.
 * <p>
 * The Prometheus scrape ({@code /actuator/prometheus}) needs READ too: reading how the service runs is read-only
 * administration, so an operator's monitoring account is given administration READ and nothing else (it can
 * change nothing). A function of its own would have meant a new column on the rights page and a migration for a
 * right only one technical account holds (docs/monitoring.md).
 */
@Configuration(proxyBeanMethods = false)
class AdministrationRights {

	@Bean
	RequestRights administrationRequests() {
		return RequestRights.of(Feature.ADMIN)
			.always(AccessLevel.READ, "/admin", "/admin/audit", "/admin/audit.csv", "/admin/audit/**",
					"/api/v1/admin/audit/**", "/actuator/prometheus")
			.reading(HttpMethod.GET, "/admin/erasures", "/admin/erasures/*", "/api/v1/admin/erasures")
			.always(AccessLevel.WRITE, "/admin/**", "/api/v1/admin/**");
	}
}
