package jp.kyoyu.proposal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.AttachmentKind;
import jp.kyoyu.proposal.AttachmentView;
import jp.kyoyu.proposal.ProposalAttachments;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** The parts of a proposal: {@code /api/v1/proposals/{id}/attachments}, always listed in the author's order. */
@RestController
@RequestMapping("/api/v1/proposals/{id}/attachments")
class AttachmentApiController {

	private final ProposalAttachments attachments;

	AttachmentApiController(ProposalAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping
	List<AttachmentView> list(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return attachments.list(id, user.userId());
	}

	/** Multipart field {@code file}; optional {@code kind} (DOCUMENT, EXTERNAL_FORM, DRAWING, PHOTO, OTHER). */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping
	ResponseEntity<AttachmentView> add(@PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String kind, @AuthenticationPrincipal KyoyuPrincipal user)
			throws IOException {
		if (file == null) {
			throw new InvalidInputException("file", Wording.of("proposal.attachment.file-missing"));
		}
		try (InputStream in = file.getInputStream()) {
			AttachmentView added = attachments.add(id, in, file.getOriginalFilename(), file.getContentType(),
					kind(kind), user.userId());
			return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/attachments/" + added.id()))
				.body(added);
		}
	}

	/** Body {@code {"ids":[...]}}: every attachment of the proposal once, in the new order. */
	@PutMapping("/order")
	List<AttachmentView> reorder(@PathVariable long id, @RequestBody(required = false) NewOrder body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		if (body == null || body.ids() == null) {
			throw new InvalidInputException("ids", Wording.of("proposal.attachment.ids-missing"));
		}
		return attachments.reorder(id, body.ids(), user.userId());
	}

	/** The bytes (with {@code Range} support); {@code ?inline=true} to show a PDF or image in the browser. */
	@ApiResponse(responseCode = "200", description = "添付ファイルの内容（登録時の形式）", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId,
			@RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal KyoyuPrincipal user) {
		return attachments.download(id, attachmentId, inline, user.userId());
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/{attachmentId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		attachments.remove(id, attachmentId, user.userId());
		return ResponseEntity.noContent().build();
	}

	static AttachmentKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return AttachmentKind.DOCUMENT;
		}
		try {
			return AttachmentKind.valueOf(kind.trim());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind",
					Wording.of("proposal.attachment.kind-invalid"));
		}
	}

	record NewOrder(List<Long> ids) {
	}
}
