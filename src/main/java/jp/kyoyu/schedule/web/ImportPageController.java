package jp.kyoyu.schedule.web;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.schedule.ImportReport;
import jp.kyoyu.schedule.ScheduleManagement;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.PayloadTooLargeException;
import jp.kyoyu.shared.Wording;

/**
 * Import of an iCalendar file (C7.6): upload, a preview of what will be added, changed, removed and skipped,
 * then one click to import the same file, kept in the session meanwhile. Also shows the subscription URL.
 */
@Controller
class ImportPageController {

	private final ScheduleManagement schedule;

	ImportPageController(ScheduleManagement schedule) {
		this.schedule = schedule;
	}

	@GetMapping("/schedule/import")
	String page(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return page(user, model, null);
	}

	@PostMapping("/schedule/import")
	String preview(@RequestParam(required = false) MultipartFile file, HttpSession session,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		if (file == null || file.isEmpty()) {
			return page(user, model, Wording.of("schedule.import.file-missing"));
		}
		byte[] bytes;
		try {
			ScheduleManagement.requireImportSize(file.getSize());
			bytes = file.getBytes();
		}
		catch (PayloadTooLargeException e) {
			return page(user, model, e.getMessage());
		}
		catch (IOException e) {
			return page(user, model, Wording.of("schedule.import.file-unreadable"));
		}
		try {
			jp.kyoyu.shared.CleanText.requireFileName("file", file.getOriginalFilename());
			ImportReport report = schedule.previewImport(bytes, user.userId());
			String uploadId = UploadStash.keep(session, file.getOriginalFilename(), bytes);
			model.addAttribute("report", report);
			model.addAttribute("uploadId", uploadId);
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("done", false);
			return "schedule/import-preview";
		}
		catch (InvalidInputException e) {
			return page(user, model, e.problems().get(0).message());
		}
	}

	@PostMapping("/schedule/import/confirm")
	String confirm(@RequestParam(required = false) String uploadId, HttpSession session,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		UploadStash.Upload upload = UploadStash.find(session, uploadId).orElse(null);
		if (upload == null) {
			return page(user, model, Wording.of("schedule.import.preview-expired"));
		}
		try {
			model.addAttribute("report", schedule.importCalendar(upload.bytes(), upload.fileName(), user.userId()));
			UploadStash.forget(session, uploadId);
			model.addAttribute("fileName", upload.fileName());
			model.addAttribute("done", true);
			return "schedule/import-preview";
		}
		catch (InvalidInputException e) {
			return page(user, model, e.problems().get(0).message());
		}
	}

	@PostMapping("/schedule/feed/renew")
	String renew(@AuthenticationPrincipal KyoyuPrincipal user, RedirectAttributes redirect) {
		schedule.renewFeedToken(user.userId());
		redirect.addFlashAttribute("notice", Wording.of("schedule.notice.feed-renewed"));
		return "redirect:/schedule/import#feed";
	}

	private String page(KyoyuPrincipal user, Model model, String error) {
		model.addAttribute("error", error);
		model.addAttribute("mayWrite", schedule.mayWrite(user.userId()));
		model.addAttribute("feedUrl", FeedApiController.url(schedule.feedToken(user.userId())));
		return "schedule/import";
	}
}
