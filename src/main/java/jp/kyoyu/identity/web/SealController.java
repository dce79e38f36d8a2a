package jp.kyoyu.identity.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.SealImages;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * The seal image (印影) on the account page (issue #22): a user uploads one, sees what their PDFs will print, or
 * goes back to the generated name seal. A refusal comes back to the account page as a Japanese message next to
 * the upload field; the earlier seal is kept.
 */
@Controller
class SealController {

	private final SealImages seals;

	SealController(SealImages seals) {
		this.seals = seals;
	}

	/** What the stamp columns print for the caller: the uploaded seal or the generated one. */
	@GetMapping("/account/seal.png")
	ResponseEntity<byte[]> seal(@AuthenticationPrincipal KyoyuPrincipal user) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(seals.png(user.userId()));
	}

	@PostMapping("/account/seal")
	String upload(@AuthenticationPrincipal KyoyuPrincipal user, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		try {
			seals.upload(user.userId(), bytesOf(file));
			redirect.addFlashAttribute("notice", Wording.of("account.seal.notice.uploaded"));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("sealErrors", e.problems().stream().map(FieldProblem::message).toList());
		}
		return "redirect:/account#seal";
	}

	@PostMapping("/account/seal/delete")
	String remove(@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		seals.remove(user.userId());
		redirect.addFlashAttribute("notice", Wording.of("account.seal.notice.removed"));
		return "redirect:/account#seal";
	}

	/** The size is checked before the bytes are read, so a large file never reaches the heap. */
	private static byte[] bytesOf(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("seal", Wording.of("account.seal.error.empty"));
		}
		if (file.getSize() > SealImages.MAX_BYTES) {
			throw new InvalidInputException("seal",
					Wording.of("account.seal.error.tooLarge", SealImages.MAX_BYTES / 1024 / 1024));
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new InvalidInputException(List.of(new FieldProblem("seal", Wording.of("account.seal.error.notImage"))));
		}
	}
}
