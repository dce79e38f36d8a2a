package jp.kyoyu.schedule.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An .ics larger than the upload limit never reaches a controller: the container refuses it with an empty 413
 * (or, as the CSRF token comes after the file, a misleading 403). Looking at the declared length first, before
 * security reads the body, the import page and API answer in Japanese instead.
 */
@Configuration(proxyBeanMethods = false)
class ImportUploadLimit {

	static final String TOO_LARGE = "tooLarge";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> importUploadLimitFilter(MultipartProperties multipart) {
		long limit = multipart.getMaxFileSize() == null ? -1 : multipart.getMaxFileSize().toBytes();
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (limit < 0 || !"POST".equals(request.getMethod()) || request.getContentLengthLong() <= limit) {
					chain.doFilter(request, response);
					return;
				}
				String message = "ファイルが大きすぎます（上限 " + size(limit) + "）。期間を区切って書き出したファイルを選んでください。";
				if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
					response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
					response.setContentType(MediaType.APPLICATION_JSON_VALUE);
					response.setCharacterEncoding(StandardCharsets.UTF_8.name());
					response.getWriter().write("{\"added\":0,\"updated\":0,\"removed\":0,\"skipped\":0,"
							+ "\"errors\":[{\"field\":\"file\",\"message\":\"" + message + "\"}],\"lines\":[]}");
				}
				else {
					response.sendRedirect(request.getContextPath() + "/schedule/import?" + TOO_LARGE + "=" + limit);
				}
			}
		});
		registration.addUrlPatterns("/schedule/import", "/api/v1/events/import");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	static String size(long bytes) {
		return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + "MB" : (bytes / 1024) + "KB";
	}
}
