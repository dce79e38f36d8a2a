package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/** Calls of the document API as the demo users, for this module's tests. */
class DocumentApi extends JsonApi {

	DocumentApi(int port) {
		super(port);
	}

	/** A new project of sokatsu (kind WORKS or SERVICE) with genba (contractor) and kantoku as members. */
	long project(String kind, String prefix) throws Exception {
		boolean works = kind.equals("WORKS");
		return new ProjectFixtures(this).kind(kind, prefix)
			.member("kantoku", "SUPERVISOR")
			.member(works ? "genba" : "gyomu", works ? "SITE_AGENT" : "MANAGING_ENGINEER")
			.create();
	}

	void member(long projectId, String userId, String role) throws Exception {
		read(send("POST", "/api/v1/projects/" + projectId + "/members", "sokatsu", Map.of("userId", userId, "role", role)));
	}

	/** The folder tree's top-level names in order. */
	List<String> topNames(long projectId, String user) throws Exception {
		List<String> names = new ArrayList<>();
		read(get("/api/v1/projects/" + projectId + "/folders", user)).forEach(node -> names.add(node.get("name").asText()));
		return names;
	}

	long folderId(long projectId, String name) throws Exception {
		for (JsonNode node : read(get("/api/v1/projects/" + projectId + "/folders", "sokatsu"))) {
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
		HttpResponse<String> created = send("POST", "/api/v1/projects/" + projectId + "/folders", "genba", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body()).get("id").asLong();
	}

	/** Registers a document with files (name → content) and the given fields. */
	HttpResponse<String> register(long folderId, String user, Map<String, String> fields, Map<String, byte[]> files)
			throws Exception {
		return multipart("/api/v1/folders/" + folderId + "/documents", user, fields, files);
	}

	JsonNode document(long folderId, String user, String title, String category, String date, String fileName,
			String content) throws Exception {
		return read(register(folderId, user, Map.of("title", title, "category", category, "date", date),
				Map.of(fileName, content.getBytes(StandardCharsets.UTF_8))));
	}
}
