package jp.kyoyu.project.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.InspectionGrantView;
import jp.kyoyu.project.InspectionProject;
import jp.kyoyu.project.ProjectManagement;

/** JSON API of a project's inspectors (検査員, 本文5) and of the projects the caller may inspect. */
@RestController
class InspectionApiController {

	private final ProjectManagement projects;

	InspectionApiController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping("/api/v1/projects/{id}/inspections")
	List<InspectionGrantView> list(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return projects.inspections(id, user.userId());
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/projects/{id}/inspections")
	ResponseEntity<InspectionGrantView> grant(@PathVariable long id, @RequestBody NewInspection inspection,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		InspectionGrantView grant = projects.grantInspection(id, inspection.userId(), inspection.validFrom(),
				inspection.validTo(), user.userId());
		URI location = UriComponentsBuilder.fromPath("/api/v1/projects/{id}/inspections/{grantId}")
			.buildAndExpand(id, grant.id()).toUri();
		return ResponseEntity.created(location).body(grant);
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/api/v1/projects/{id}/inspections/{grantId}")
	ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable long grantId,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		projects.revokeInspection(id, grantId, user.userId());
		return ResponseEntity.noContent().build();
	}

	/** The caller's own inspections: projects they may read now or later, whose period has not ended. */
	@GetMapping("/api/v1/me/inspections")
	List<InspectionProject> mine(@AuthenticationPrincipal KyoyuPrincipal user) {
		return projects.inspectionsOf(user.userId());
	}

	record NewInspection(String userId, LocalDate validFrom, LocalDate validTo) {
	}
}
