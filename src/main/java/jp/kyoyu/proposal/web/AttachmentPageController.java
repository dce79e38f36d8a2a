package jp.kyoyu.proposal.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.ProposalAttachments;
import jp.kyoyu.shared.InvalidInputException;

/** The attachment forms of the proposal page: upload, move up or down, remove; each returns to the page. */
@Controller
class AttachmentPageController {

	private final ProposalAttachments attachments;

	private final MessageSource messages;

	AttachmentPageController(ProposalAttachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping("/proposals/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String kind, @AuthenticationPrincipal KyoyuPrincipal user,
			RedirectAttributes redirect) throws IOException {
		// A form sent without choosing a file carries an empty part with an empty name.
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			redirect.addFlashAttribute("attachmentError", text("proposal.attachment.choose"));
			return back(id);
		}
		try (InputStream in = file.getInputStream()) {
			attachments.add(id, in, file.getOriginalFilename(), file.getContentType(),
					AttachmentApiController.kind(kind), user.userId());
			redirect.addFlashAttribute("notice", text("proposal.attachment.added"));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("attachmentError", e.problems().get(0).message());
		}
		return back(id);
	}

	@PostMapping("/proposals/{id}/attachments/{attachmentId}/move")
	String move(@PathVariable long id, @PathVariable long attachmentId, @RequestParam String direction,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		attachments.move(id, attachmentId, "up".equals(direction), user.userId());
		return back(id);
	}

	@PostMapping("/proposals/{id}/attachments/{attachmentId}/delete")
	String remove(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		attachments.remove(id, attachmentId, user.userId());
		redirect.addFlashAttribute("notice", text("proposal.attachment.removed"));
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/proposals/" + id + "#attachments";
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
