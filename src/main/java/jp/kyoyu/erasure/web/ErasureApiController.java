package jp.kyoyu.erasure.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.erasure.CertificateExpired;
import jp.kyoyu.erasure.ErasureManagement;
import jp.kyoyu.erasure.ErasureOverview;
import jp.kyoyu.erasure.ErasureRefused;
import jp.kyoyu.erasure.ErasureView;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.web.ApiErrorBody;

/** JSON API of the erasure at the contract's end (issue #16); a refused request answers 422 in Japanese. */
@RestController
class ErasureApiController {

	private final ErasureManagement erasures;

	private final ErasureOverview overview;

	ErasureApiController(ErasureManagement erasures, ErasureOverview overview) {
		this.erasures = erasures;
		this.overview = overview;
	}

	/**
	 * What the administrators' page lists (ADMIN READ): every project's erasure, and the users who belonged only to
	 * erased projects ({@code userId}, {@code name}), for the administrator to disable.
	 */
	@GetMapping("/api/v1/admin/erasures")
	ErasureOverviewJson overview(@AuthenticationPrincipal KyoyuPrincipal user) {
		List<ErasureOverviewJson.UserToDisable> users = overview.usersLeftWithoutProject(user.userId()).stream()
			.map(ErasureOverviewJson.UserToDisable::of)
			.toList();
		return new ErasureOverviewJson(overview.projects(user.userId()), users);
	}

	@GetMapping("/api/v1/projects/{id}/erasure")
	ErasureView get(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return erasures.view(id, user.userId());
	}

	/** {@code {"erasureDate":"2027-06-30","reason":"…"}} (administrators). */
	@PutMapping("/api/v1/projects/{id}/erasure")
	ErasureView setDate(@PathVariable long id, @RequestBody DateChange body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return erasures.setDate(id, TypedErasureDate.parse(body.erasureDate()), body.reason(), body.cancelled(),
				user.userId());
	}

	/** {@code {"confirmName":"<the project's name>","reason":"…"}} (administrators) → 202 {@code {"jobId"}}. */
	@ApiResponse(responseCode = "202", description = "受け付けました（処理は後で進み、状態は Location で確かめられます）")
	@PostMapping("/api/v1/projects/{id}/erasure/run")
	ResponseEntity<ErasureStarted> run(@PathVariable long id, @RequestBody RunRequest body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		long job = erasures.run(id, body.confirmName(), body.reason(), user.userId());
		return ResponseEntity.accepted().location(URI.create("/api/v1/projects/" + id + "/erasure"))
			.body(new ErasureStarted(job));
	}

	@ApiResponse(responseCode = "200", description = "消去証明書の PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/erasures/{projectId}/certificate")
	ResponseEntity<byte[]> certificate(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"erasure-certificate-" + projectId + ".pdf\"")
			.body(erasures.certificate(projectId, user.userId()));
	}

	/** The download period is over: gone, in Japanese, rather than the PDF or a 404 that says it never was. */
	@ExceptionHandler(CertificateExpired.class)
	ResponseEntity<ApiErrorBody> expired(CertificateExpired e) {
		return ResponseEntity.status(HttpStatus.GONE).body(ApiErrorBody.of(e.getMessage()));
	}

	@ExceptionHandler(ErasureRefused.class)
	ResponseEntity<ApiErrorBody> refused(ErasureRefused e) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiErrorBody(e.problems()));
	}

	/** The date as typed: a date that cannot be read is the erasure's own refusal (422), like its other rules. */
	record DateChange(String erasureDate, String reason,
			@io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "契約を解除した工事・業務として扱うか（true なら契約終了日より前の消去日を指定できる）。省略すると前回の指定のまま") Boolean cancelled) {
	}

	record RunRequest(String confirmName, String reason) {
	}
}
