package jp.kyoyu.board.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.board.BoardAttachmentView;
import jp.kyoyu.board.BoardAttachments;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Files of posts and replies: {@code /api/v1/posts/{id}/attachments}. */
@RestController
class BoardFileApiController {

	private final BoardAttachments attachments;

	BoardFileApiController(BoardAttachments attachments) {
		this.attachments = attachments;
	}

	/** Multipart field {@code file}; optional {@code replyId} to attach to one's own reply. */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/posts/{id}/attachments")
	ResponseEntity<BoardAttachmentView> add(@PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long replyId, @AuthenticationPrincipal KyoyuPrincipal user)
			throws IOException {
		if (file == null) {
			throw new InvalidInputException("file", Wording.of("board.api.file-missing"));
		}
		try (InputStream in = file.getInputStream()) {
			BoardAttachmentView added = attachments.add(id, replyId, in, file.getOriginalFilename(),
					file.getContentType(), user.userId());
			return ResponseEntity.created(URI.create("/api/v1/posts/" + id + "/attachments/" + added.id()))
				.body(added);
		}
	}

	@ApiResponse(responseCode = "200", description = "添付ファイルの内容（登録時の形式）", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/posts/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId,
			@RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal KyoyuPrincipal user) {
		return attachments.download(id, attachmentId, inline, user.userId());
	}
}
