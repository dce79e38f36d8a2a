package jp.kyoyu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.awaitility.Awaitility;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/** Projects, folders, documents and exports over the real HTTP API, as the demo users. */
final class DeliveryApi extends JsonApi {

	DeliveryApi(int port) {
		super(port);
	}

	/** A works project of sokatsu with genba; {@code complete} fills every deliverable item of the basic info. */
	long project(String name, boolean complete) throws Exception {
		ProjectFixtures.NewProject project = new ProjectFixtures(this).works(name).member("genba", "SITE_AGENT");
		if (complete) {
			project.with(Map.ofEntries(Map.entry("projectNumber", "R8-12"), Map.entry("projectField", "農業土木"),
					Map.entry("workType", "土木一式工事"), Map.entry("content", "用水路の改修"), Map.entry("address", "北海道南幌町"),
					Map.entry("westLongitude", "1413000"), Map.entry("eastLongitude", "1414000"),
					Map.entry("northLatitude", "430500"), Map.entry("southLatitude", "430000"),
					Map.entry("agencyCategoryMajor", "農林水産省"), Map.entry("agencyCategoryMiddle", "北海道開発局"),
					Map.entry("agencyCategoryMinor", "札幌開発建設部"), Map.entry("agencyCode", "12345"),
					Map.entry("contractorName", "共有建設株式会社"), Map.entry("contractorCode", "987")));
		}
		return project.create();
	}

	long folderId(long projectId, String name) throws Exception {
		return folderId(projectId, name, "genba");
	}

	long folderId(long projectId, String name, String user) throws Exception {
		for (JsonNode node : read(get("/api/v1/projects/" + projectId + "/folders", user))) {
			if (node.get("name").asText().equals(name)) {
				return node.get("id").asLong();
			}
		}
		throw new AssertionError("no folder " + name);
	}

	long folder(long projectId, String name, Long parentId) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("parentId", parentId);
		return read(send("POST", "/api/v1/projects/" + projectId + "/folders", "genba", body)).get("id").asLong();
	}

	/** Registers a document with one file. */
	void document(long folderId, String title, String fileName, byte[] content) throws Exception {
		document(folderId, title, fileName, content, "genba");
	}

	void document(long folderId, String title, String fileName, byte[] content, String user) throws Exception {
		HttpResponse<String> response = post("/api/v1/folders/" + folderId + "/documents", user,
				Map.of("title", title, "category", "協議", "date", "2026-07-01"), Map.of(fileName, content),
				any -> "application/octet-stream");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	HttpResponse<String> startExport(long projectId, String user, Object body) throws Exception {
		return send("POST", "/api/v1/projects/" + projectId + "/exports", user, body);
	}

	/** Polls until the export is no longer RUNNING (at most a minute): it runs on the export's own threads. */
	JsonNode await(long exportId, String user) {
		// Like the loop it replaces, only the export's status decides; a failure on another thread is not the test's.
		return Awaitility.await().atMost(Duration.ofSeconds(60)).dontCatchUncaughtExceptions()
			.alias("export " + exportId + " finished")
			.until(() -> read(get("/api/v1/exports/" + exportId, user)),
					status -> !status.get("status").asText().equals("RUNNING"));
	}
}
