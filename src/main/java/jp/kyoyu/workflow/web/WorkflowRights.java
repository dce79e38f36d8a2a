package jp.kyoyu.workflow.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/**
 * The approval workflow's requests and the right each needs (docs/security/rights.md): READ to see tasks, lists,
 * routes and histories, WRITE to submit, approve, send back, correct dates and name deputies. Camunda's own
 * surfaces are included, because a task is as much a task in Tasklist or through the REST API as on the portal:
 * WORKFLOW at NONE means no Tasklist and no task call through {@code /engine-rest} or the webapps' engine API.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowRights {

	/** The engine REST API as scripts (default and named engine) and Camunda's webapps reach it. */
	private static final String[] ENGINE_APIS = { "/engine-rest", "/engine-rest/engine/*",
			"/camunda/api/engine/engine/*" };

	@Bean
	RequestRights workflowRequests() {
		return RequestRights.of(Feature.WORKFLOW)
			// Camunda queries tasks and filters with POST and a JSON body: that is still reading.
			.reading(POST, engine("/task", "/task/count", "/filter/*/list", "/filter/*/count", "/history/task",
					"/history/task/count"))
			.always(AccessLevel.READ, "/camunda/app/tasklist/**")
			.writing(GET, "/proposals/*/submit")
			// choosing the projects of one's own list (C4.5) changes no one's data: a reader may
			.always(AccessLevel.READ, "/api/v1/me/approval-projects")
			.use(engine("/task/**", "/filter/**", "/history/task/**"))
			.use("/camunda/api/tasklist/**", "/tasks/**", "/workflow/**", "/projects/*/approvals",
					"/proposals/*/submit", "/proposals/*/approval", "/proposals/*/corrections",
					"/proposals/*/approve-ahead", "/api/v1/tasks/**", "/api/v1/workflow/**",
					"/api/v1/proposals/*/submit", "/api/v1/proposals/*/default-route",
					"/api/v1/proposals/*/submission", "/api/v1/proposals/*/history",
					"/api/v1/proposals/*/history.csv", "/api/v1/proposals/*/history.xlsx",
					"/api/v1/proposals/*/history.pdf", "/api/v1/proposals/*/revisions",
					"/api/v1/proposals/*/corrections", "/api/v1/proposals/*/approve-ahead", "/account/absences/**",
					"/api/v1/me/absences", "/api/v1/me/absences/**");
	}

	private static String[] engine(String... paths) {
		return Arrays.stream(ENGINE_APIS)
			.flatMap(base -> Stream.of(paths).map(path -> base + path))
			.toArray(String[]::new);
	}
}
