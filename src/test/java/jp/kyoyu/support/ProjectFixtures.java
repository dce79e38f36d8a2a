package jp.kyoyu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * New projects for tests, made the way a supervisor makes them: over the JSON API, as sokatsu (総括監督員, who
 * joins as GENERAL_SUPERVISOR), then one call per member. Reads like the set-up it is:
 *
 * <pre>
 * long project = new ProjectFixtures(port).works("提案テスト工事")
 * 	.member("genba", "SITE_AGENT")
 * 	.create();
 * </pre>
 *
 * All tests share one database (one Spring context), so a name is a prefix made unique with a random suffix
 * unless {@link #worksNamedExactly(String)} or {@link NewProject#named(String)} asks for an exact one. Members not named are no members: the tests of
 * "another project's data answers 404" depend on exactly who was added.
 */
public final class ProjectFixtures {

	/** Who creates the projects: an agency user, and the only one the demo data makes 総括監督員. */
	private static final String CREATOR = "sokatsu";

	private final JsonApi api;

	/** Calls go through {@code api}'s HTTP client (no cookies, HTTP Basic). */
	public ProjectFixtures(JsonApi api) {
		this.api = api;
	}

	public ProjectFixtures(int port) {
		this(new JsonApi(port) {
		});
	}

	/** A works project (工事) named {@code prefix} plus a unique suffix. */
	public NewProject works(String prefix) {
		return kind("WORKS", prefix);
	}

	/** A services project (委託業務) named {@code prefix} plus a unique suffix. */
	public NewProject service(String prefix) {
		return kind("SERVICE", prefix);
	}

	/** A works project named exactly {@code name}, for tests that type the name again or test the name itself. */
	public NewProject worksNamedExactly(String name) {
		return works(name).named(name);
	}

	/** {@code kind} WORKS or SERVICE, for tests that run for both. */
	public NewProject kind(String kind, String prefix) {
		return new NewProject(kind, prefix + " " + unique());
	}

	/** Eight random characters: enough to keep names apart in the shared database, short enough to read. */
	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** One project to be made; defaults are a plain project of fiscal 2026 running June 2026 to March 2027. */
	public final class NewProject {

		private final Map<String, Object> body = new LinkedHashMap<>();

		private final Map<String, String> members = new LinkedHashMap<>();

		private NewProject(String kind, String name) {
			body.put("kind", kind);
			body.put("fiscalYear", 2026);
			body.put("name", name);
			body.put("periodStart", "2026-06-01");
			body.put("periodEnd", "2027-03-15");
			body.put("creatorRole", "GENERAL_SUPERVISOR");
		}

		/** Exactly this name, for tests that type it again (a confirmation) or test the name itself. */
		public NewProject named(String name) {
			body.put("name", name);
			return this;
		}

		public NewProject fiscalYear(int year) {
			body.put("fiscalYear", year);
			return this;
		}

		/** The contract period (工期), as the API takes it: YYYY-MM-DD. */
		public NewProject period(String start, String end) {
			body.put("periodStart", start);
			body.put("periodEnd", end);
			return this;
		}

		public NewProject contractorName(String name) {
			return with("contractorName", name);
		}

		/** Any other basic-info field by its API name. */
		public NewProject with(String field, Object value) {
			body.put(field, value);
			return this;
		}

		public NewProject with(Map<String, ?> fields) {
			body.putAll(fields);
			return this;
		}

		/** Adds {@code userId} in {@code role} (a {@code ProjectRole} name, as the API takes it) after creation. */
		public NewProject member(String userId, String role) {
			members.put(userId, role);
			return this;
		}

		/** Members by user id → role, in the map's order. */
		public NewProject members(Map<String, String> roles) {
			members.putAll(roles);
			return this;
		}

		/** The request body, for tests that send it themselves (to see it refused, say). */
		public Map<String, Object> body() {
			return new LinkedHashMap<>(body);
		}

		/** Creates the project and adds the members; fails the test on any answer but success. Returns the id. */
		public long create() throws Exception {
			HttpResponse<String> created = api.send("POST", "/api/v1/projects", CREATOR, body);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			long id = api.json.readTree(created.body()).get("id").asLong();
			for (Map.Entry<String, String> member : members.entrySet()) {
				HttpResponse<String> added = api.send("POST", "/api/v1/projects/" + id + "/members", CREATOR,
						Map.of("userId", member.getKey(), "role", member.getValue()));
				assertThat(added.statusCode()).as(added.body()).isBetween(200, 299);
			}
			return id;
		}
	}
}
