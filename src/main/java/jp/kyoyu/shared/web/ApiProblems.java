package jp.kyoyu.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.NoSuchMessageException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * Every error answer of the JSON API is an RFC 9457 problem ({@code application/problem+json}, issue #23): the
 * standard members a generic client understands (type, title, status, detail) plus Kyoyu's field list
 * {@code errors: [{field, message}]} as an extension member, which clients of the earlier body keep reading
 * (docs/api.md, changelog). The type stays {@code about:blank}: the status says what kind of problem it is, and
 * the title is the status's phrase in the user's language, as RFC 9457 §4.2.1 allows. There is no
 * {@code instance}: a refusal must read the same whether the record exists or is only hidden from the caller
 * (a foreign project's 404 equals an unknown one's), and echoing the path would be the one difference.
 */
public final class ApiProblems {

	public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

	/** For writers outside Spring MVC (security entry points, engine REST filters), which have no mapper at hand. */
	private static final ObjectMapper JSON = new ObjectMapper();

	private ApiProblems() {
	}

	/** The problem answered with {@code status}; {@code detail} joins the messages, {@code errors} lists them. */
	public static ProblemDetail of(int status, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title(status));
		problem.setDetail(detail(problems));
		problem.setProperty("errors", List.copyOf(problems));
		return problem;
	}

	/** The same problem as ordered members, for writers that serialise it themselves. */
	public static Map<String, Object> members(int status, List<FieldProblem> problems) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", "about:blank");
		members.put("title", title(status));
		members.put("status", status);
		members.put("detail", detail(problems));
		members.put("errors", problems.stream().map(problem -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("field", problem.field());
			entry.put("message", problem.message());
			return entry;
		}).toList());
		return members;
	}

	/** Answers a problem from a filter or a security handler, where no controller advice runs. */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MEDIA_TYPE.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(
				members(status, List.of(new FieldProblem(null, message)))));
	}

	/** The problem as JSON bytes, for filters that write the body themselves. */
	public static byte[] bytes(Map<String, Object> members) {
		try {
			return JSON.writeValueAsBytes(members);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The status's phrase in the user's language; a status without one of its own shares the class's phrase. */
	static String title(int status) {
		try {
			return Wording.of("problem.title." + status);
		}
		catch (NoSuchMessageException e) {
			return Wording.of(status >= 500 ? "problem.title.5xx" : "problem.title.4xx");
		}
	}

	private static String detail(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::message).collect(Collectors.joining(" "));
	}
}
