package jp.kyoyu.consultation.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.consultation.ConsultationCommentView;
import jp.kyoyu.consultation.ConsultationFileView;
import jp.kyoyu.consultation.ConsultationFiles;
import jp.kyoyu.consultation.ConsultationManagement;
import jp.kyoyu.consultation.ConsultationSummary;
import jp.kyoyu.consultation.ConsultationView;
import jp.kyoyu.consultation.NoticeChannel;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;

/** The pre-consultation JSON API (issue 8); anything of a project the caller is not a member of answers 404. */
@RestController
class ConsultationApiController {

	private final ConsultationManagement consultations;

	private final ConsultationFiles files;

	private final MessageSource messages;

	ConsultationApiController(ConsultationManagement consultations, ConsultationFiles files, MessageSource messages) {
		this.consultations = consultations;
		this.files = files;
		this.messages = messages;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** {@code notify}: MAIL, BOARD or BOTH (default). */
	record NewMatter(String title, String body, @JsonProperty("notify") String channel) {
	}

	record NewComment(String body) {
	}

	record Conversion(String type) {
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/projects/{projectId}/consultations")
	ResponseEntity<CreatedMatter> register(@PathVariable long projectId,
			@RequestBody(required = false) NewMatter matter, @AuthenticationPrincipal KyoyuPrincipal user) {
		NewMatter given = matter == null ? new NewMatter(null, null, null) : matter;
		ConsultationView created = consultations.register(projectId, given.title(), given.body(),
				channel(given.channel()), user.userId());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + created.id()))
			.body(new CreatedMatter(created.id()));
	}

	@GetMapping("/api/v1/projects/{projectId}/consultations")
	List<ConsultationSummary> list(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user) {
		return consultations.list(projectId, user.userId());
	}

	@GetMapping("/api/v1/consultations/{id}")
	ConsultationView get(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return consultations.get(id, user.userId());
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/consultations/{id}/comments")
	ResponseEntity<ConsultationCommentView> comment(@PathVariable long id,
			@RequestBody(required = false) NewComment comment, @AuthenticationPrincipal KyoyuPrincipal user) {
		ConsultationCommentView added = consultations.comment(id, comment == null ? null : comment.body(),
				user.userId());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id)).body(added);
	}

	/** Multipart {@code file}; optional {@code commentId} attaches it to the caller's own comment. */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/consultations/{id}/files")
	ResponseEntity<ConsultationFileView> addFile(@PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long commentId, @AuthenticationPrincipal KyoyuPrincipal user)
			throws IOException {
		if (file == null) {
			throw new InvalidInputException("file", text("consultation.error.fileMissing"));
		}
		try (InputStream in = file.getInputStream()) {
			ConsultationFileView added = files.add(id, commentId, in, file.getOriginalFilename(),
					file.getContentType(), user.userId());
			return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/files/" + added.id()))
				.body(added);
		}
	}

	@ApiResponse(responseCode = "200", description = "ファイルの内容（登録時の形式）", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/consultations/{id}/files/{fileId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId,
			@RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal KyoyuPrincipal user) {
		return files.download(id, fileId, inline, user.userId());
	}

	@PostMapping("/api/v1/consultations/{id}/agreement")
	ConsultationView agree(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return consultations.agree(id, user.userId());
	}

	@PostMapping("/api/v1/consultations/{id}/withdrawal")
	ConsultationView withdraw(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return consultations.withdraw(id, user.userId());
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/consultations/{id}/proposal")
	ResponseEntity<ProposalFromMatter> convert(@PathVariable long id,
			@RequestBody(required = false) Conversion conversion, @AuthenticationPrincipal KyoyuPrincipal user) {
		long proposalId = consultations.convert(id, conversion == null ? null : conversion.type(), user.userId());
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposalId))
			.body(new ProposalFromMatter(proposalId));
	}

	/** The other direction of the link: the matter a proposal was made from. */
	@GetMapping("/api/v1/proposals/{proposalId}/consultation")
	MatterOfProposal origin(@PathVariable long proposalId, @AuthenticationPrincipal KyoyuPrincipal user) {
		ConsultationView matter = consultations.fromProposal(proposalId, user.userId())
			.orElseThrow(() -> new NotFoundException(text("consultation.error.notFromMatter")));
		return MatterOfProposal.of(matter);
	}

	static NoticeChannel channel(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return NoticeChannel.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("notify", "通知方法は MAIL（メール）、BOARD（掲示板）、BOTH（両方）のいずれかを指定してください。");
		}
	}
}
