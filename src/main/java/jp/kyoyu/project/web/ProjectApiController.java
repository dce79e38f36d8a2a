package jp.kyoyu.project.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectInput;
import jp.kyoyu.project.ProjectListing;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.web.ETags;

/** JSON API of projects: {@code /api/v1/projects}. Bodies use the names of {@link ProjectInput}. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

	private final ProjectManagement projects;

	ProjectApiController(ProjectManagement projects) {
		this.projects = projects;
	}

	/** The caller's projects (an administrator's: all), newest fiscal year first. */
	@GetMapping
	List<ProjectListing> list(@AuthenticationPrincipal KyoyuPrincipal user) {
		return projects.visibleProjects(user.userId());
	}

	@GetMapping("/{id}")
	ProjectDetails get(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return projects.get(id, user.userId());
	}

	/** Registers a project; {@code creatorRole} (optional) is the creator's own role in it. */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping
	ResponseEntity<ProjectDetails> create(@RequestBody NewProject body, @AuthenticationPrincipal KyoyuPrincipal user) {
		ProjectDetails created = projects.create(body.project(), body.creatorRole(), user.userId());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
	}

	/** Replaces the basic info (kind may be omitted; it cannot change). */
	@PutMapping("/{id}")
	ProjectDetails update(@PathVariable long id, @RequestBody ProjectInput body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return projects.update(id, ETags.expectedVersion(ifMatch), body, user.userId());
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		projects.delete(id, ETags.expectedVersion(ifMatch), user.userId());
		return ResponseEntity.noContent().build();
	}
}
