package jp.kyoyu.project.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectMemberView;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/** JSON API of a project's members: {@code /api/v1/projects/{id}/members}. */
@RestController
@RequestMapping("/api/v1/projects/{id}/members")
class MemberApiController {

	private final ProjectManagement projects;

	MemberApiController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping
	List<ProjectMemberView> list(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return projects.members(id, user.userId());
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping
	ResponseEntity<ProjectMemberView> add(@PathVariable long id,
			@RequestBody NewMember member, @AuthenticationPrincipal KyoyuPrincipal user) {
		projects.addMember(id, member.userId(), member.role(), user.userId());
		String userId = member.userId().strip();
		URI location = UriComponentsBuilder.fromPath("/api/v1/projects/{id}/members/{userId}")
			.buildAndExpand(id, userId).encode().toUri();
		return ResponseEntity.created(location).body(find(id, userId, user));
	}

	@PutMapping("/{userId}")
	ProjectMemberView changeRole(@PathVariable long id, @PathVariable String userId,
			@RequestBody RoleChange change, @AuthenticationPrincipal KyoyuPrincipal user) {
		projects.changeRole(id, userId, change.role(), user.userId());
		return find(id, userId, user);
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/{userId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable String userId,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		projects.removeMember(id, userId, user.userId());
		return ResponseEntity.noContent().build();
	}

	private ProjectMemberView find(long id, String userId, KyoyuPrincipal user) {
		return projects.members(id, user.userId()).stream()
			.filter(member -> member.userId().equals(userId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(
					Wording.of("project.member.not-a-member", userId)));
	}

	record NewMember(String userId, ProjectRole role) {
	}

	record RoleChange(ProjectRole role) {
	}
}
