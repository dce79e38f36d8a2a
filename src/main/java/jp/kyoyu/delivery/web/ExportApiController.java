package jp.kyoyu.delivery.web;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.delivery.DeliveryManagement;
import jp.kyoyu.delivery.ExportProblem;
import jp.kyoyu.delivery.ExportRequest;
import jp.kyoyu.delivery.ExportResult;
import jp.kyoyu.delivery.ExportView;
import jp.kyoyu.identity.KyoyuPrincipal;

/** Exports (C6.1, S6.1, G-6, G-7): start one, poll it, download the result. Members of the project only. */
@RestController
class ExportApiController {

	private final DeliveryManagement delivery;

	ExportApiController(DeliveryManagement delivery) {
		this.delivery = delivery;
	}

	/** {@code {"kind":"ZIP|DELIVERABLE|INSPECTION","folderIds":[],"destination"?,"overrideReason"?}} → 202 {@code {"id"}}. */
	@ApiResponse(responseCode = "202", description = "受け付けました（処理は後で進み、状態は Location で確かめられます）")
	@PostMapping("/api/v1/projects/{id}/exports")
	ResponseEntity<ExportStarted> start(@PathVariable long id, @RequestBody ExportRequest request,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		long exportId = delivery.start(id, request, user.userId());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Location", "/api/v1/exports/" + exportId)
			.body(new ExportStarted(exportId));
	}

	@GetMapping("/api/v1/exports/{id}")
	Status status(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return Status.of(delivery.view(id, user.userId()));
	}

	@GetMapping("/api/v1/projects/{id}/exports")
	List<Status> recent(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return delivery.recent(id, user.userId()).stream().map(Status::of).toList();
	}

	@ApiResponse(responseCode = "200", description = "書き出した ZIP ファイル", content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/exports/{id}/file")
	ResponseEntity<Resource> file(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return Downloads.zip(delivery.result(id, user.userId()));
	}

	/** What a poll answers; {@code file} and {@code site} are set once there is something to fetch. */
	record Status(long id, long projectId, String kind, String destination, String status, int progress,
			List<ExportProblem> problems, String resultName, String file, String site) {

		static Status of(ExportView view) {
			return new Status(view.id(), view.projectId(), view.kind().name(), view.destination().name(),
					view.status().name(), view.progress(), view.problems(), view.resultName(),
					view.downloadable() ? "/api/v1/exports/" + view.id() + "/file" : null,
					view.browsable() ? "/projects/" + view.projectId() + "/exports/" + view.id() + "/site/index.html" : null);
		}
	}

	static final class Downloads {

		private Downloads() {
		}

		static ResponseEntity<Resource> zip(ExportResult result) {
			return ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType("application/zip"))
				.header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
					.filename(result.name(), java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString())
				.body(result.content());
		}
	}
}
