package jp.kyoyu.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets {@link ListPaging} check {@code page} and {@code size} of the API's lists before their handlers run. */
@Configuration(proxyBeanMethods = false)
class ListPagingRegistration implements WebMvcConfigurer {

	private final ListPaging paging;

	ListPagingRegistration(ListPaging paging) {
		this.paging = paging;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(paging).addPathPatterns("/api/v1/**");
	}
}
