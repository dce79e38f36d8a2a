package jp.kyoyu.identity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request lands in Camunda's HTTP surface, whichever door it came through: the engine REST API
 * ({@code /engine-rest/...}, also with {@code /engine/{name}/}), the same API as the webapps call it
 * ({@code /camunda/api/engine/engine/{name}/...}), or a webapp's own API ({@code /camunda/api/{app}/...}).
 * The guards decide on {@link #resource()}, the engine REST path without any prefix ({@code user/genba/profile}).
 * Paths are taken decoded and normalised by the container, lower-cased, so {@code /engine-rest//User/x} is
 * judged like {@code /engine-rest/user/x}.
 */
record CamundaPath(Door door, String resource) {

	enum Door {
		/** {@code /engine-rest/...} or Camunda's webapps calling the engine through {@code /camunda/api/engine/...}. */
		ENGINE,
		/** A webapp's own API under {@code /camunda/api/{app}/...} (auth, setup, plugins). */
		WEBAPP,
		/** Anything else (pages, Kyoyu's API, Camunda's static files). */
		OTHER
	}

	private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?/(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+/(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api/(.*)$", Pattern.CASE_INSENSITIVE);

	static CamundaPath of(HttpServletRequest request) {
		return parse(sent(request).toLowerCase(Locale.ROOT));
	}

	/**
	 * The resource with the case it was sent in ({@code user/Genba/profile}): the engine compares ids as they are,
	 * so a guard that reads an id from the path must read it unchanged.
	 */
	static String resourceAsSent(HttpServletRequest request) {
		return parse(sent(request)).resource();
	}

	private static String sent(HttpServletRequest request) {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return path.replaceAll("/{2,}", "/");
	}

	private static CamundaPath parse(String path) {
		Matcher engine = ENGINE_REST.matcher(path);
		if (engine.matches()) {
			return new CamundaPath(Door.ENGINE, engine.group(1));
		}
		Matcher webappEngine = WEBAPP_ENGINE.matcher(path);
		if (webappEngine.matches()) {
			return new CamundaPath(Door.ENGINE, webappEngine.group(1));
		}
		Matcher webapp = WEBAPP_API.matcher(path);
		if (webapp.matches() && !path.regionMatches(true, 0, "/camunda/api/engine/", 0, "/camunda/api/engine/".length())) {
			return new CamundaPath(Door.WEBAPP, webapp.group(1));
		}
		return new CamundaPath(Door.OTHER, path);
	}

	/** The first segment of the resource ({@code user} of {@code user/genba/profile}). */
	String root() {
		int slash = resource.indexOf('/');
		return slash < 0 ? resource : resource.substring(0, slash);
	}

	static boolean reads(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}
}
