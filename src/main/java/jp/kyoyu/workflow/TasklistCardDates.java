package jp.kyoyu.workflow;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.shared.DateStyles;

/**
 * The 期限 column of Tasklist's cards in the reader's date style, as on the portal's pages (docs/wording.md): a task
 * variable holds one value for every reader, so {@link TasklistCardVariables} stores the date in the default style
 * (2026/12/07), and for a reader who chose 和暦 this filter writes it anew (令和8年12月7日) in the lists Tasklist loads
 * (HAL answers of the engine REST API, through either door). A reader in the default style gets the answer as the
 * engine wrote it, untouched.
 */
@Configuration(proxyBeanMethods = false)
class TasklistCardDates {

	/** The stored form: {@link DateStyle#DEFAULT}'s date. */
	static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	@Bean
	FilterRegistrationBean<InReadersStyle> tasklistCardDatesInReadersStyle(DateStyles styles) {
		FilterRegistrationBean<InReadersStyle> registration = new FilterRegistrationBean<>(new InReadersStyle(styles));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// after Spring Security: the reader's style is the signed-in user's
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	static String stored(LocalDate due) {
		return DateStyle.DEFAULT.date(due);
	}

	static final class InReadersStyle extends OncePerRequestFilter {

		private final DateStyles styles;

		private final ObjectMapper json = new ObjectMapper();

		InReadersStyle(DateStyles styles) {
			this.styles = styles;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String accept = request.getHeader("Accept");
			DateStyle style = accept != null && accept.contains("hal+json") ? styles.current() : DateStyle.DEFAULT;
			if (style == DateStyle.DEFAULT) {
				chain.doFilter(request, response);
				return;
			}
			ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, cached);
			byte[] body = cached.getContentAsByteArray();
			if (cached.getStatus() == 200 && body.length > 0
					&& new String(body, java.nio.charset.StandardCharsets.UTF_8).contains(TasklistCardVariables.DUE)) {
				JsonNode tree = json.readTree(body);
				inStyle(tree, style);
				cached.resetBuffer();
				cached.getOutputStream().write(json.writeValueAsBytes(tree));
			}
			cached.copyBodyToResponse();
		}

		/** Every variable {@code {"name": "cardDue", "value": "2026/12/07"}} in the answer, in {@code style}. */
		private static void inStyle(JsonNode node, DateStyle style) {
			if (node instanceof ObjectNode object) {
				if (TasklistCardVariables.DUE.equals(object.path("name").asText()) && object.path("value").isTextual()) {
					try {
						object.put("value", style.date(LocalDate.parse(object.path("value").asText(), STORED)));
					}
					catch (DateTimeParseException notADate) {
						// left as it is: not written by TasklistCardVariables
					}
				}
				object.forEach(child -> inStyle(child, style));
			}
			else if (node.isArray()) {
				node.forEach(child -> inStyle(child, style));
			}
		}
	}
}
