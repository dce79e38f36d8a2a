package jp.kyoyu.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A user query ({@code GET user}, {@code user/count}) narrowed to the ids the caller may see: its {@code id} and
 * {@code idIn} criteria are replaced by {@code idIn} = what they asked for among those ids (all of them when they
 * asked for none). The engine then pages and counts as usual. When nothing is left, the answer is the empty one
 * the engine would give, without asking it.
 */
final class ColleagueQuery extends HttpServletRequestWrapper {

	private static final Set<String> ID_CRITERIA = Set.of("id", "idIn");

	private final Map<String, String[]> parameters;

	private final String queryString;

	private ColleagueQuery(HttpServletRequest request, Map<String, String[]> parameters) {
		super(request);
		this.parameters = Collections.unmodifiableMap(parameters);
		List<String> pairs = new ArrayList<>();
		parameters.forEach((name, values) -> Arrays.stream(values)
			.forEach(value -> pairs.add(encoded(name) + "=" + encoded(value))));
		this.queryString = String.join("&", pairs);
	}

	static void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			Set<String> visible, boolean count) throws IOException, ServletException {
		Set<String> asked = new TreeSet<>(visible);
		String id = request.getParameter("id");
		if (id != null) {
			asked.retainAll(Set.of(id));
		}
		String idIn = request.getParameter("idIn");
		if (idIn != null) {
			asked.retainAll(Set.of(idIn.split(",")));
		}
		if (asked.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType("application/json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(count ? "{\"count\":0}" : "[]");
			return;
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!ID_CRITERIA.contains(name)) {
				parameters.put(name, values);
			}
		});
		parameters.put("idIn", new String[] { String.join(",", asked) });
		chain.doFilter(new ColleagueQuery(request, parameters), response);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Override
	public String getQueryString() {
		return queryString;
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		return parameters.get(name);
	}
}
