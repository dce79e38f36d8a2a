package jp.kyoyu.privacy.web;

import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.privacy.PersonalDataGuard;
import jp.kyoyu.privacy.SensitiveKind;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * G-2's switches for administrators (the path is under {@code /api/v1/admin}, so only they reach it):
 * {@code {"MY_NUMBER":true,"PAYMENT_CARD":false}}.
 */
@RestController
class PrivacyCheckApiController {

	private final PersonalDataGuard guard;

	PrivacyCheckApiController(PersonalDataGuard guard) {
		this.guard = guard;
	}

	@GetMapping("/api/v1/admin/personal-data-checks")
	Map<SensitiveKind, Boolean> settings() {
		return guard.settings();
	}

	@PutMapping("/api/v1/admin/personal-data-checks")
	Map<SensitiveKind, Boolean> change(@RequestBody(required = false) Map<String, Boolean> body,
			Principal user) {
		if (body == null || body.isEmpty()) {
			throw new InvalidInputException(null, Wording.of("privacy.api.nothing-to-change"));
		}
		Map<SensitiveKind, Boolean> wanted = new EnumMap<>(SensitiveKind.class);
		body.forEach((key, value) -> {
			SensitiveKind kind = kind(key);
			if (value == null) {
				throw new InvalidInputException(key, Wording.of("privacy.api.not-boolean", key));
			}
			wanted.put(kind, value);
		});
		return guard.change(wanted, user.getName());
	}

	private static SensitiveKind kind(String key) {
		for (SensitiveKind kind : SensitiveKind.values()) {
			if (kind.name().equals(key)) {
				return kind;
			}
		}
		throw new InvalidInputException(key, Wording.of("privacy.api.unknown-kind", key));
	}
}
