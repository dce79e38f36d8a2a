package jp.kyoyu.board;

import java.util.List;
import java.util.Map;

/**
 * Who is looking, worked out once per request: the projects they belong to (id → name) and the Camunda groups
 * they are in. Every query filters with these, so visibility costs no query per post.
 */
record Viewer(String userId, Map<Long, String> projects, List<String> groups) {

	boolean inProject(long projectId) {
		return projects.containsKey(projectId);
	}

	/** Never empty, so {@code in (:groups)} stays valid SQL on every database. */
	List<String> groupsForQuery() {
		return groups.isEmpty() ? List.of("") : groups;
	}
}
