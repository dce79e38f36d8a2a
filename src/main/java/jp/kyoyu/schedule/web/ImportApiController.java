package jp.kyoyu.schedule.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.schedule.ImportReport;
import jp.kyoyu.schedule.ScheduleManagement;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * {@code POST /api/v1/events/import}: an iCalendar file (multipart {@code file}) into the caller's own
 * schedule; {@code dryRun=true} only says what would happen. A file that cannot be read is refused like any
 * wrong input (400, a problem naming {@code file} in {@code errors}) and changes nothing.
 */
@RestController
class ImportApiController {

	private final ScheduleManagement schedule;

	ImportApiController(ScheduleManagement schedule) {
		this.schedule = schedule;
	}

	@PostMapping(path = "/api/v1/events/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportAnswer> importFile(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal KyoyuPrincipal user) {
		byte[] bytes = bytes(file);
		ImportReport report = dryRun ? schedule.previewImport(bytes, user.userId())
				: schedule.importCalendar(bytes, file.getOriginalFilename(), user.userId());
		return ResponseEntity.ok(ImportAnswer.of(report));
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null) {
			throw new InvalidInputException("file", Wording.of("schedule.api.file-missing"));
		}
		ScheduleManagement.requireImportSize(file.getSize());
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new InvalidInputException("file", Wording.of("schedule.api.file-unreadable"));
		}
	}
}
