package jp.kyoyu.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One module's declaration of which requests use which function and how far (C8.3): a module publishes one as a
 * bean, and {@link FeatureAuthorization} checks every request against all of them. Within one declaration the first
 * rule whose method and path match decides; a request matched by several declarations needs all of them (a right
 * only ever narrows). Rules are checked in front of the controllers, so they cover pages, the JSON API, downloads
 * and servlets Kyoyu does not own (Camunda's Tasklist and REST API) alike; project membership and the side are still
 * checked by the modules behind them.
 */
public final class RequestRights {

	private static final Set<HttpMethod> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private record Rule(HttpMethod method, PathPattern pattern, AccessLevel level) {

		boolean matches(HttpMethod requestMethod, PathContainer path) {
			return (method == null || method.equals(requestMethod)) && pattern.matches(path);
		}

		/** A rule without a level needs READ to look and WRITE to change. */
		AccessLevel needed(HttpMethod requestMethod) {
			return level != null ? level : READING.contains(requestMethod) ? AccessLevel.READ : AccessLevel.WRITE;
		}
	}

	private final Feature feature;

	private final List<Rule> rules = new ArrayList<>();

	private RequestRights(Feature feature) {
		this.feature = feature;
	}

	public static RequestRights of(Feature feature) {
		return new RequestRights(feature);
	}

	/** These paths: GET and HEAD need READ, every other method WRITE. */
	public RequestRights use(String... patterns) {
		return add(null, null, patterns);
	}

	/** These paths with this method need only READ (e.g. a POST that searches or marks as read). */
	public RequestRights reading(HttpMethod method, String... patterns) {
		return add(method, AccessLevel.READ, patterns);
	}

	/** These paths with this method need WRITE (e.g. the GET of a form that only a writer can send). */
	public RequestRights writing(HttpMethod method, String... patterns) {
		return add(method, AccessLevel.WRITE, patterns);
	}

	/** These paths need {@code level} whatever the method. */
	public RequestRights always(AccessLevel level, String... patterns) {
		return add(null, level, patterns);
	}

	Feature feature() {
		return feature;
	}

	/** The level this declaration asks for the request, or empty when none of its rules is about it. */
	Optional<AccessLevel> needed(HttpMethod method, PathContainer path) {
		return rules.stream().filter(rule -> rule.matches(method, path)).findFirst().map(rule -> rule.needed(method));
	}

	private RequestRights add(HttpMethod method, AccessLevel level, String... patterns) {
		for (String pattern : patterns) {
			rules.add(new Rule(method, PathPatternParser.defaultInstance.parse(pattern), level));
		}
		return this;
	}
}
