package jp.kyoyu.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.document.ResumableUploads;
import jp.kyoyu.document.UploadStatus;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * Resumable uploads (S5.8), a chunked protocol with offsets in the manner of tus: create, PATCH chunks with
 * {@code Upload-Offset}, HEAD for the offset after a drop, finish. docs/modules/document.md.
 */
@RestController
class UploadApiController {

	private static final String OFFSET = "Upload-Offset";

	private final ResumableUploads uploads;

	UploadApiController(ResumableUploads uploads) {
		this.uploads = uploads;
	}

	/** {@code {"name","size","contentType"}} → 201 with the upload's id and offset 0. */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/projects/{projectId}/uploads")
	ResponseEntity<UploadStatus> create(@PathVariable long projectId, @RequestBody NewUpload upload,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		UploadStatus created = uploads.create(projectId, upload.name(), upload.size(), upload.contentType(),
				user.userId());
		return ResponseEntity.created(URI.create("/api/v1/uploads/" + created.id())).header(OFFSET, "0").body(created);
	}

	@RequestMapping(path = "/api/v1/uploads/{uploadId}", method = RequestMethod.HEAD)
	ResponseEntity<Void> head(@PathVariable String uploadId, @AuthenticationPrincipal KyoyuPrincipal user) {
		UploadStatus status = uploads.status(uploadId, user.userId());
		return ResponseEntity.ok().header(OFFSET, String.valueOf(status.offset()))
			.header("Upload-Length", String.valueOf(status.size())).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
	}

	@GetMapping("/api/v1/uploads/{uploadId}")
	ResponseEntity<UploadStatus> get(@PathVariable String uploadId, @AuthenticationPrincipal KyoyuPrincipal user) {
		UploadStatus status = uploads.status(uploadId, user.userId());
		return ResponseEntity.ok().header(OFFSET, String.valueOf(status.offset()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store").body(status);
	}

	/** The raw bytes of the next chunk; {@code Upload-Offset} must equal the server's offset (400 says it). */
	@PatchMapping("/api/v1/uploads/{uploadId}")
	ResponseEntity<UploadStatus> append(@PathVariable String uploadId,
			@RequestHeader(name = OFFSET, required = false) String offset, HttpServletRequest request,
			@AuthenticationPrincipal KyoyuPrincipal user) throws IOException {
		long at;
		try {
			at = Long.parseLong(offset == null ? "" : offset.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("offset", Wording.of("document.upload.offset-missing"));
		}
		try (InputStream body = request.getInputStream()) {
			UploadStatus status = uploads.append(uploadId, at, body, user.userId());
			return ResponseEntity.ok().header(OFFSET, String.valueOf(status.offset())).body(status);
		}
	}

	/** All bytes arrived: store the file; answers the SHA-256 to compare with the client's. */
	@PostMapping("/api/v1/uploads/{uploadId}/finish")
	UploadStatus finish(@PathVariable String uploadId, @AuthenticationPrincipal KyoyuPrincipal user) {
		return uploads.finish(uploadId, user.userId());
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/api/v1/uploads/{uploadId}")
	ResponseEntity<Void> cancel(@PathVariable String uploadId, @AuthenticationPrincipal KyoyuPrincipal user) {
		uploads.cancel(uploadId, user.userId());
		return ResponseEntity.noContent().build();
	}

	record NewUpload(String name, Long size, String contentType) {
	}
}
