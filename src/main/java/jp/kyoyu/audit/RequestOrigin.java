package jp.kyoyu.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Exposes the current request to the audit trail before Spring Security runs, so that login events, which
 * happen inside the security filter chain, are recorded with the caller's address too.
 */
@Configuration(proxyBeanMethods = false)
class RequestOrigin {

	@Bean
	FilterRegistrationBean<RequestContextFilter> auditRequestContext() {
		FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(
				new RequestContextFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
