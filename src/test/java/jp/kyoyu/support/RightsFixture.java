package jp.kyoyu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;

/**
 * Test users and projects for the function-rights tests, made the way an administrator makes them: over the API.
 * Test users have the demo password, so {@link JsonApi}'s calls work for them too.
 */
public class RightsFixture extends JsonApi {

	public RightsFixture(int port) {
		super(port);
	}

	/** A new user of {@code side} with the default rights (WRITE everywhere but administration). */
	public String user(String prefix, String side) throws Exception {
		String userId = prefix + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("userId", userId);
		body.put("name", "権限 試験" + userId.substring(prefix.length()));
		body.put("email", userId + "@example.jp");
		body.put("password", PASSWORD);
		body.put("side", side);
		HttpResponse<String> created = send("POST", "/api/v1/admin/users", "admin", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return userId;
	}

	/** Sets every feature but {@code feature} to WRITE (administration to NONE) and {@code feature} to {@code level}. */
	public void rights(String userId, Feature feature, AccessLevel level) throws Exception {
		Map<Feature, AccessLevel> levels = new EnumMap<>(Feature.class);
		for (Feature each : Feature.values()) {
			levels.put(each, each == Feature.ADMIN ? AccessLevel.NONE : AccessLevel.WRITE);
		}
		levels.put(feature, level);
		rights(userId, levels);
	}

	public void rights(String userId, Map<Feature, AccessLevel> levels) throws Exception {
		HttpResponse<String> set = send("PUT", "/api/v1/admin/users/" + userId + "/permissions", "admin", levels);
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
	}

	/** A new works project of sokatsu with the given members (user id → role). */
	public long project(String prefix, Map<String, String> members) throws Exception {
		return new ProjectFixtures(this).works(prefix).members(members).create();
	}
}
