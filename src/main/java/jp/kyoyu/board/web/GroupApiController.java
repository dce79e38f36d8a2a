package jp.kyoyu.board.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.board.BoardGroups;
import jp.kyoyu.board.ProjectPosts;
import jp.kyoyu.board.UserGroupView;
import jp.kyoyu.identity.KyoyuPrincipal;

/** The caller's own groups of users and the posts of their projects (C2.9). */
@RestController
class GroupApiController {

	private final BoardGroups groups;

	GroupApiController(BoardGroups groups) {
		this.groups = groups;
	}

	record NewGroup(String name, List<String> members) {
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/groups")
	ResponseEntity<UserGroupView> create(@RequestBody(required = false) NewGroup group,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		NewGroup given = group == null ? new NewGroup(null, null) : group;
		UserGroupView created = groups.create(given.name(), given.members(), user.userId());
		return ResponseEntity.created(URI.create("/api/v1/groups/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/groups")
	List<UserGroupView> mine(@AuthenticationPrincipal KyoyuPrincipal user) {
		return groups.mine(user.userId());
	}

	@GetMapping("/api/v1/groups/{id}/posts")
	List<ProjectPosts> posts(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return groups.posts(id, user.userId());
	}
}
