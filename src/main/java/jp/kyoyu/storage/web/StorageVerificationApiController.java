package jp.kyoyu.storage.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.storage.StorageVerification;

/**
 * The content check of a restored file store for administrators (docs/backup-restore.md §5). Under
 * {@code /api/v1/admin}, so it needs the administration right at WRITE: it reads every project's files, and one run
 * costs as much disk reading as the whole store. A POST, not a GET: it is an operation that takes minutes, not a
 * resource a crawler or a prefetch may trigger.
 */
@RestController
class StorageVerificationApiController {

	private final StorageVerification verification;

	StorageVerificationApiController(StorageVerification verification) {
		this.verification = verification;
	}

	@PostMapping("/api/v1/admin/storage/verification")
	StorageVerification.Report verify() {
		return verification.verifyClaimedFiles();
	}
}
