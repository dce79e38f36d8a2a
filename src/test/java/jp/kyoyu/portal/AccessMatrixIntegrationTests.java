package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.RightsFixture;

/**
 * The access matrix of issue #15 (C8.1, C8.3, S8): every operation of the API description ({@code /v3/api-docs}) is
 * called as anonymous, a member of the project, a member of another project, the other side, a user with the
 * operation's function at NONE and at READ, and the administrator; the outcome expected of each cell comes from the
 * one table {@code src/main/resources/security/access-matrix.tsv} (in main: the API description reads it too, portal/ApiRights). An operation without a row fails the test, so a new
 * endpoint cannot slip past. How each cell is judged is written at the head of the table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIntegrationTests {

	private static final String TABLE = "security/access-matrix.tsv";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** A numeric id no record has; a string id likewise. */
	private static final String NO_SUCH_NUMBER = "999999999";

	private static final String NO_SUCH_TEXT = "no-such-id";

	/**
	 * Valid bodies for the changes whose input is checked before the caller's access: with an empty body they would
	 * answer 400 to anyone, and the cell would prove nothing. {@code %folder%} is the test folder's id.
	 */
	private static final Map<String, String> BODIES = Map.ofEntries(
			Map.entry("POST /api/v1/projects/{id}/members", "{\"userId\":\"genba\",\"role\":\"SITE_AGENT\"}"),
			Map.entry("PUT /api/v1/projects/{id}/members/{userId}", "{\"role\":\"CHIEF_ENGINEER\"}"),
			Map.entry("POST /api/v1/projects/{projectId}/proposals",
					"{\"type\":\"worksMeetingRecord\",\"title\":\"権限表\"}"),
			Map.entry("PUT /api/v1/proposals/{id}/attachments/order", "{\"ids\":[]}"),
			// An empty choice is every project: the callers' lists stay as they were.
			Map.entry("PUT /api/v1/me/approval-projects", "{\"projectIds\":[]}"),
			Map.entry("POST /api/v1/projects/{projectId}/folders", "{\"name\":\"権限表の追加\",\"parentId\":null}"),
			Map.entry("PUT /api/v1/folders/{folderId}", "{\"name\":\"権限表の改名\"}"),
			Map.entry("PUT /api/v1/documents/{documentId}", "{\"folderId\":%folder%}"),
			Map.entry("POST /api/v1/projects/{projectId}/uploads",
					"{\"name\":\"x.zip\",\"size\":10,\"contentType\":\"application/zip\"}"),
			Map.entry("POST /api/v1/projects/{id}/exports", "{\"kind\":\"ZIP\",\"folderIds\":[]}"));

	/** The form fields sent with the file of a multipart operation. */
	private static final Map<String, String> FIELDS = Map.of("title", "権限表", "category", "協議", "date",
			"2026-07-01");

	@LocalServerPort
	int port;

	/** Operations whose body is multipart/form-data (from the API description). */
	private final Set<String> multipart = new java.util.HashSet<>();

	/** What a cell expects: refused (401/403), 403 only, refused or hidden (403/404), or not refused. */
	enum Outcome {
		REFUSED, FORBIDDEN, DENIED, ALLOWED;

		boolean accepts(int status) {
			return switch (this) {
				case REFUSED -> status == 401 || status == 403;
				case FORBIDDEN -> status == 403;
				case DENIED -> status == 403 || status == 404;
				case ALLOWED -> status != 401 && status != 403 && status < 500;
			};
		}
	}

	/** One row of the table. */
	record Row(String method, String path, Feature feature, AccessLevel level, String scope, String sides,
			Outcome admin) {

		boolean changes() {
			return !method.equals("GET") && !method.equals("HEAD");
		}

		/** A project member's outcome, all rights WRITE, for a user of {@code side}. */
		Outcome forMember(String side) {
			if (feature == Feature.ADMIN) {
				return Outcome.FORBIDDEN;
			}
			return sides.equals("both") || sides.equals(side) ? Outcome.ALLOWED : Outcome.DENIED;
		}

		Outcome forOutsider() {
			if (feature == Feature.ADMIN) {
				return Outcome.FORBIDDEN;
			}
			return scope.equals("project") ? Outcome.DENIED : forMember("contractor");
		}

		Outcome forLevel(AccessLevel held) {
			return held.allows(level) ? forMemberOrAdmin() : Outcome.FORBIDDEN;
		}

		private Outcome forMemberOrAdmin() {
			return feature == Feature.ADMIN ? Outcome.ALLOWED : forMember("contractor");
		}
	}

	@Test
	void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
		RightsFixture api = new RightsFixture(port);
		Map<String, Row> rows = readTable();
		Set<String> described = describedOperations(api);
		Set<String> missing = new TreeSet<>(described);
		missing.removeAll(rows.keySet());
		Set<String> stale = new TreeSet<>(rows.keySet());
		stale.removeAll(described);
		assertThat(missing).as("operations of /v3/api-docs without a row in " + TABLE).isEmpty();
		assertThat(stale).as("rows of " + TABLE + " for operations that no longer exist").isEmpty();

		Cast cast = new Cast(api);
		Map<String, String> samples = cast.samples();
		List<String> failures = new ArrayList<>();
		int calls = 0;
		for (Row row : rows.values()) {
			calls += check(api, row, null, Outcome.REFUSED, samples, failures, "anonymous");
			calls += check(api, row, cast.member, row.forMember("contractor"), samples, failures, "member");
			calls += check(api, row, cast.agency, row.forMember("agency"), samples, failures, "other side (agency)");
			calls += check(api, row, cast.outsider, row.forOutsider(), samples, failures, "member of another project");
			calls += check(api, row, "admin", row.admin(), samples, failures, "administrator");
		}
		// The function columns: one user, each function set to NONE, then READ (every other function WRITE).
		for (Feature feature : Feature.values()) {
			for (AccessLevel held : List.of(AccessLevel.NONE, AccessLevel.READ)) {
				api.rights(cast.limited, feature, held);
				for (Row row : rows.values()) {
					if (row.feature() == feature) {
						calls += check(api, row, cast.limited, row.forLevel(held), samples, failures,
								feature + " at " + held);
					}
				}
			}
		}
		assertThat(failures).as("cells answered otherwise than the table says (%d calls)", calls).isEmpty();
		assertThat(calls).isGreaterThan(rows.size() * 5);
	}

	/** Calls one cell; ids are real, except for a change that is expected to go through (then they exist nowhere). */
	private int check(RightsFixture api, Row row, String user, Outcome expected, Map<String, String> samples,
			List<String> failures, String who) throws Exception {
		boolean harmless = row.changes() && expected == Outcome.ALLOWED;
		String path = fill(row.path(), samples, harmless);
		HttpRequest.Builder request = user == null
				? HttpRequest.newBuilder(java.net.URI.create(api.url(path)))
				: BrowserlessClient.basic(api.url(path), user, JsonApi.PASSWORD);
		String operation = row.method() + " " + row.path();
		if (multipart.contains(operation)) {
			String boundary = "matrix" + System.nanoTime();
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.method(row.method(), HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary)));
		}
		else if (row.method().equals("PATCH")) {
			// A resumable upload's next chunk (the only PATCH): its offset and bytes.
			request.header("Content-Type", "application/offset+octet-stream").header("Upload-Offset", "0")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("x"));
		}
		else if (row.method().equals("POST") || row.method().equals("PUT")) {
			String body = BODIES.getOrDefault(operation, "{}").replace("%folder%", samples.get("folders"));
			request.header("Content-Type", "application/json")
				.method(row.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		else {
			request.method(row.method(), HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = api.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (!expected.accepts(response.statusCode())) {
			failures.add(row.method() + " " + row.path() + " as " + who + ": expected " + expected + ", got "
					+ response.statusCode() + " " + abbreviate(response.body()));
		}
		return 1;
	}

	private static byte[] multipartBody(String boundary) {
		StringBuilder body = new StringBuilder();
		FIELDS.forEach((name, value) -> body.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
			.append("\r\n"));
		body.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix.txt\"\r\n")
			.append("Content-Type: text/plain\r\n\r\n権限表\r\n--").append(boundary).append("--\r\n");
		return body.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String fill(String template, Map<String, String> samples, boolean harmless) {
		Matcher variable = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String key = sampleKey(template.substring(0, variable.start()));
			String sample = samples.get(key);
			assertThat(sample).as("a sample for " + key + " in " + template).isNotNull();
			String value = harmless ? (sample.chars().allMatch(Character::isDigit) ? NO_SUCH_NUMBER : NO_SUCH_TEXT)
					: sample;
			variable.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variable.appendTail(path);
		return path.toString();
	}

	/**
	 * Which sample a variable takes, from the segments before it: {@code posts} for {@code /posts/{id}},
	 * {@code posts/attachments} for {@code /posts/{id}/attachments/{attachmentId}}.
	 */
	private static String sampleKey(String before) {
		String[] segments = before.split("/");
		String collection = segments[segments.length - 1];
		if (segments.length >= 3 && segments[segments.length - 2].startsWith("{")) {
			String owner = segments[segments.length - 3];
			if (Set.of("attachments", "files", "members").contains(collection) && !owner.equals("v1")) {
				return owner + "/" + collection;
			}
		}
		return collection;
	}

	private Set<String> describedOperations(RightsFixture api) throws Exception {
		JsonNode docs = api.read(api.get("/v3/api-docs", "admin"));
		Set<String> operations = new LinkedHashSet<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			path.getValue().fields().forEachRemaining(method -> {
				if (Set.of("get", "put", "post", "delete", "patch", "head").contains(method.getKey())) {
					String operation = method.getKey().toUpperCase() + " " + path.getKey();
					operations.add(operation);
					// A file part: described as a multipart body, or as a binary parameter when it is optional.
					if (method.getValue().path("requestBody").path("content").has("multipart/form-data")
							|| method.getValue().toString().contains("\"format\":\"binary\"")) {
						multipart.add(operation);
					}
				}
			});
		}
		return operations;
	}

	private static Map<String, Row> readTable() throws Exception {
		Map<String, Row> rows = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				AccessMatrixIntegrationTests.class.getClassLoader().getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.trim().split("\\s+");
				assertThat(cells).as("7 columns: " + line).hasSize(7);
				Row row = new Row(cells[0], cells[1], cells[2].equals("-") ? null : Feature.valueOf(cells[2]),
						cells[3].equals("-") ? AccessLevel.NONE : AccessLevel.valueOf(cells[3]), cells[4], cells[5],
						cells[6].equals("ok") ? Outcome.ALLOWED : Outcome.DENIED);
				assertThat(Set.of("project", "any")).as("scope of " + line).contains(row.scope());
				assertThat(Set.of("both", "agency", "contractor", "none")).as("sides of " + line).contains(row.sides());
				assertThat(rows.put(row.method() + " " + row.path(), row)).as("one row per operation: " + line).isNull();
			}
		}
		return rows;
	}

	private static String abbreviate(String body) {
		String flat = body == null ? "" : body.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
	}

	/**
	 * The callers and the records their calls are about: project P with a contractor member (all rights WRITE), an
	 * agency member and a contractor whose rights each column sets; project Q with a contractor of its own.
	 */
	static final class Cast {

		final RightsFixture api;

		final String member;

		final String agency;

		final String limited;

		final String outsider;

		final long project;

		Cast(RightsFixture api) throws Exception {
			this.api = api;
			member = api.user("mxm", "CONTRACTOR");
			agency = api.user("mxa", "AGENCY");
			limited = api.user("mxl", "CONTRACTOR");
			outsider = api.user("mxo", "CONTRACTOR");
			Map<String, String> members = new LinkedHashMap<>();
			members.put(member, "SITE_AGENT");
			members.put(agency, "SUPERVISOR");
			members.put(limited, "CHIEF_ENGINEER");
			project = api.project("権限表", members);
			api.project("権限表の他工事", Map.of(outsider, "SITE_AGENT"));
		}

		/** One real record per kind in project P, made by the member; keys as {@link #sampleKey} names them. */
		Map<String, String> samples() throws Exception {
			Map<String, String> samples = new HashMap<>();
			String p = String.valueOf(project);
			samples.put("projects", p);
			samples.put("erasures", p);
			samples.put("projects/members", member);
			// A real designation of an inspector (the outsider), made by sokatsu, the project's 総括監督員. Its period
			// lies ahead, so the outsider's cells stay those of an outsider (403 outside the period, or 404).
			samples.put("inspections", String.valueOf(id(api.send("POST", "/api/v1/projects/" + p + "/inspections",
					"sokatsu", Map.of("userId", outsider, "validFrom", JapanDate.today().plusDays(10).toString(),
							"validTo", JapanDate.today().plusDays(12).toString())))));
			samples.put("users", outsider);
			// A real token of the member: the other callers' revocations of it must be refused or hidden.
			samples.put("api-tokens", String.valueOf(id(api.send("POST", "/api/v1/me/api-tokens", member,
					Map.of("name", "権限表のトークン")))));
			samples.put("document-types", "worksMeetingRecord");

			long post = id(api.send("POST", "/api/v1/projects/" + p + "/posts", member, Map.of("title", "権限表の記事",
					"body", "本文", "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
			samples.put("posts", String.valueOf(post));
			samples.put("posts/attachments",
					String.valueOf(id(api.upload("/api/v1/posts/" + post + "/attachments", member, "a.txt", "あ"))));
			samples.put("groups", String.valueOf(id(api.send("POST", "/api/v1/groups", member,
					Map.of("name", "権限表の班", "members", List.of(agency))))));

			long proposal = id(api.send("POST", "/api/v1/projects/" + p + "/proposals", member,
					Map.of("type", "worksMeetingRecord", "title", "権限表の書類")));
			samples.put("proposals", String.valueOf(proposal));
			samples.put("proposals/attachments", String.valueOf(
					id(api.upload("/api/v1/proposals/" + proposal + "/attachments", member, "b.txt", "い"))));

			Map<String, Object> folder = new HashMap<>();
			folder.put("name", "権限表の書庫");
			folder.put("parentId", null);
			long folderId = id(api.send("POST", "/api/v1/projects/" + p + "/folders", member, folder));
			samples.put("folders", String.valueOf(folderId));
			JsonNode document = api.read(api.multipart("/api/v1/folders/" + folderId + "/documents", member,
					Map.of("title", "権限表の書類", "category", "協議", "date", "2026-07-01"),
					Map.of("c.txt", "う".getBytes(StandardCharsets.UTF_8))));
			samples.put("documents", document.get("id").asText());
			samples.put("documents/files", document.get("files").get(0).get("id").asText());
			samples.put("uploads", api.read(api.send("POST", "/api/v1/projects/" + p + "/uploads", member,
					Map.of("name", "d.zip", "size", 10, "contentType", "application/zip"))).get("id").asText());

			Map<String, Object> event = new LinkedHashMap<>();
			event.put("title", "権限表の予定");
			event.put("start", "2026-12-02T10:00:00+09:00");
			event.put("end", "2026-12-02T11:00:00+09:00");
			event.put("allDay", false);
			event.put("projectIds", List.of(project));
			samples.put("events", api.read(api.send("POST", "/api/v1/events", member, event)).get("ids").get(0).asText());

			samples.put("exports", String.valueOf(id(api.send("POST", "/api/v1/projects/" + p + "/exports", member,
					Map.of("kind", "ZIP", "folderIds", List.of())))));

			long matter = id(api.send("POST", "/api/v1/projects/" + p + "/consultations", member,
					Map.of("title", "権限表の打合せ", "body", "資料です。", "notify", "BOARD")));
			samples.put("consultations", String.valueOf(matter));
			samples.put("consultations/files",
					String.valueOf(id(api.upload("/api/v1/consultations/" + matter + "/files", member, "e.txt", "え"))));
			// No task is made for the matrix (an approval route would be needed): a task id no one holds stands in.
			samples.put("tasks", "matrix-no-task");
			return samples;
		}

		private long id(HttpResponse<String> created) throws Exception {
			return api.read(created).get("id").asLong();
		}
	}
}
