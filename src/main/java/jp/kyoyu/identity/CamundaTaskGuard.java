package jp.kyoyu.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist (and Cockpit's user task tab) offer an approver what the portal offers, nothing more (issue #22). The
 * portal lets a step's holder or deputy read it and decide it; Camunda also lets anyone with UPDATE on a task (its
 * assignee and candidates, which is how Kyoyu offers a step) hand it to someone else, give it back to nobody,
 * delegate it, add candidate groups or users, move its due or follow-up date, rename it, set its variables, delete
 * it, attach files and write comments that Kyoyu's record never shows. Those calls are refused here for everyone
 * but administrators, whichever door they come through; Tasklist hides the buttons as well
 * ({@code tasklist/styles/user-styles.css}).
 * <p>
 * CSS cannot tell administrators apart, so Tasklist hides those buttons from them too; what it hides is refused for
 * them as well ({@link #HIDDEN_FROM_EVERYONE}: the task's dates, candidate groups, comments, leaving it with nobody),
 * so no rule rests on CSS alone. Those changes would contradict Kyoyu's approval record whoever made them. An
 * administrator keeps what Tasklist shows them: handing a step to another person, variables, and Cockpit's
 * reading.
 * <p>
 * A deputy may still take a step (assignee or claim <em>to themselves</em>): Tasklist enables a task's form only
 * for its assignee, and the approval record says on whose behalf the deputy acted (workflow's StepListener).
 * Whether the caller may take that task at all the engine decides (UPDATE on the task: its holder and deputies).
 */
class CamundaTaskGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CamundaTaskGuard.class);

	/** A task query with its criteria in the body (POST {@code task}, {@code task/count}): reading. */
	private static final Pattern QUERY = Pattern.compile("^task(/count)?$");

	/** {@code task/{id}/...}: what an approver does through the portal, deciding and reading. */
	private static final Pattern TASK_CALL = Pattern.compile("^task/([^/]+)(?:/(.*))?$");

	/** Taking the step oneself: the only assignment the portal's deputy does (by acting). */
	private static final Pattern TAKE = Pattern.compile("^(assignee|claim)$");

	/** Deciding the step with the form, as the portal does. */
	private static final Pattern DECIDE = Pattern.compile("^(complete|submit-form)$");

	/**
	 * {@code task/{id}/...} calls behind the controls Tasklist hides from everyone ({@code user-styles.css}):
	 * unclaim, candidate groups, comments; with {@code PUT task/{id}} (due and follow-up dates) and an assignment to
	 * nobody ({@code .reset-assignee}).
	 */
	private static final Pattern HIDDEN_FROM_EVERYONE = Pattern.compile("^(unclaim|identity-links(/delete)?|comment/create)$");

	private static final int MAX_BODY = 16 * 1024;

	private final FeatureRights rights;

	private final IdentityTexts texts;

	private final ObjectMapper json = new ObjectMapper();

	CamundaTaskGuard(FeatureRights rights, IdentityTexts texts) {
		this.rights = rights;
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CamundaPath path = CamundaPath.of(request);
		String userId = request.getRemoteUser();
		if (path.door() != CamundaPath.Door.ENGINE || !"task".equals(path.root()) || CamundaPath.reads(request)
				|| userId == null) {
			chain.doFilter(request, response);
			return;
		}
		if (rights.allows(userId, Feature.ADMIN, AccessLevel.WRITE)) {
			asAdministrator(request, response, chain, path, userId);
			return;
		}
		boolean post = "POST".equals(request.getMethod());
		if (post && QUERY.matcher(path.resource()).matches()) {
			chain.doFilter(request, response);
			return;
		}
		Matcher task = TASK_CALL.matcher(path.resource());
		String action = task.matches() && task.group(2) != null ? task.group(2) : "";
		if (post && DECIDE.matcher(action).matches()) {
			chain.doFilter(request, response);
			return;
		}
		if (post && TAKE.matcher(action).matches()) {
			CachedBody body = new CachedBody(request);
			if (userId.equals(body.userId(json))) {
				chain.doFilter(body, response);
				return;
			}
			refuse(request, response, userId, "camunda.refused.taskAssignee");
			return;
		}
		refuse(request, response, userId, "camunda.refused.taskChange");
	}

	private void asAdministrator(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			CamundaPath path, String userId) throws IOException, ServletException {
		Matcher task = TASK_CALL.matcher(path.resource());
		if (!task.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String action = task.group(2) == null ? "" : task.group(2);
		boolean post = "POST".equals(request.getMethod());
		if ((post && HIDDEN_FROM_EVERYONE.matcher(action).matches())
				|| ("PUT".equals(request.getMethod()) && action.isEmpty())) {
			refuse(request, response, userId, "camunda.refused.taskRecord");
			return;
		}
		if (post && "assignee".equals(action)) {
			CachedBody body = new CachedBody(request);
			if (body.userId(json) == null || body.userId(json).isBlank()) {
				refuse(request, response, userId, "camunda.refused.taskRecord");
				return;
			}
			chain.doFilter(body, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String userId, String key)
			throws IOException {
		log.info("Refused {} {} of {}: Tasklist offers what the portal offers", request.getMethod(),
				request.getRequestURI(), userId);
		CamundaRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN, texts.get(key));
	}

	/** The request with its (small, JSON) body read once here and again by Camunda's resource. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request) throws IOException {
			super(request);
			this.body = request.getInputStream().readNBytes(MAX_BODY);
		}

		/** The {@code userId} the call assigns the task to; null when absent or unreadable (then refused). */
		String userId(ObjectMapper json) {
			try {
				JsonNode node = json.readTree(body);
				return node == null || !node.path("userId").isTextual() ? null : node.path("userId").asText();
			}
			catch (IOException e) {
				return null;
			}
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
