package jp.kyoyu.proposal.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.CopyOutcome;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.web.ApiErrorBody;
import jp.kyoyu.shared.web.ETags;

/** JSON API of proposals. Bodies: {@code {"type","title","fields":{...}}}; fields by form key. */
@RestController
class ProposalApiController {

	private final ProposalManagement proposals;

	ProposalApiController(ProposalManagement proposals) {
		this.proposals = proposals;
	}

	/** The project's proposals the caller may see; {@code mine=true} keeps the caller's own drafts. */
	@GetMapping("/api/v1/projects/{projectId}/proposals")
	List<ProposalView> list(@PathVariable long projectId, @RequestParam(defaultValue = "false") boolean mine,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return proposals.list(projectId, user.userId()).stream()
			.filter(p -> !mine || p.authorUserId().equals(user.userId()))
			.toList();
	}

	/** A new draft; matching fields are filled from the project's basic info and the caller (C3.3). */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/projects/{projectId}/proposals")
	ResponseEntity<ProposalView> create(@PathVariable long projectId, @RequestBody ProposalBody input,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		ProposalView created = proposals.create(projectId, input.type(), input.title(), input.fields(),
				user.userId());
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/proposals/{id}")
	ProposalView get(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return proposals.get(id, user.userId());
	}

	/** Replaces title and fields of one's own draft (either may be left out); incomplete is fine. */
	@PutMapping("/api/v1/proposals/{id}")
	ProposalView update(@PathVariable long id, @RequestBody ProposalBody input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return proposals.update(id, ETags.expectedVersion(ifMatch), input.title(), input.fields(), user.userId());
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/api/v1/proposals/{id}")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		proposals.delete(id, ETags.expectedVersion(ifMatch), user.userId());
		return ResponseEntity.noContent().build();
	}

	/** A new draft from this one (C3.4); {@code {"withAttachments":true}} also takes the attachments. */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/proposals/{id}/copy")
	ResponseEntity<CopiedProposal> copy(@PathVariable long id, @RequestBody(required = false) CopyRequest body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		boolean withAttachments = body != null && Boolean.TRUE.equals(body.withAttachments());
		CopyOutcome outcome = proposals.copy(id, body == null ? null : body.type(),
				body == null ? null : body.projectId(), withAttachments, user.userId());
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + outcome.proposal().id()))
			.body(CopiedProposal.of(outcome));
	}

	/** 200 {@code {"valid":true}}, or 422 with every problem named in Japanese (C3.2). */
	@ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProposalValid.class)))
	@PostMapping("/api/v1/proposals/{id}/validate")
	ResponseEntity<?> validate(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		List<FieldProblem> problems = proposals.problems(id, user.userId());
		if (problems.isEmpty()) {
			return ResponseEntity.ok(new ProposalValid(true));
		}
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiErrorBody(problems));
	}

	@ApiResponse(responseCode = "200", description = "発議書類の PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/proposals/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		ProposalView proposal = proposals.get(id, user.userId());
		byte[] pdf = proposals.pdf(id, user.userId());
		ContentDisposition disposition = ContentDisposition.inline()
			.filename(proposal.typeName() + "-" + id + ".pdf", StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(pdf);
	}

	/** {@code type} is read on create only: a draft keeps its type. */
	record ProposalBody(String type, String title, Map<String, Object> fields) {
	}

	/** {@code type} / {@code projectId}: another document type / project of the caller (C3.4); null = the source's. */
	record CopyRequest(Boolean withAttachments, String type, Long projectId) {
	}
}
