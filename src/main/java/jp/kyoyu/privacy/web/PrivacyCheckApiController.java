package jp.kyoyu.privacy.web;

import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

	@ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CheckStates.class)))
	@GetMapping("/api/v1/admin/personal-data-checks")
	Map<SensitiveKind, Boolean> settings() {
		return guard.settings();
	}

	@ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CheckStates.class)))
	@PutMapping("/api/v1/admin/personal-data-checks")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
			schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CheckSwitches.class)))
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

	/**
	 * What {@link #change} reads, for the API description only (issue #23): the body is taken as a map so that an
	 * unknown kind gets its own Japanese message, but a client must see which kinds there are. Kinds left out
	 * keep their setting.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(description = "確認する個人情報の種類ごとの入・切（書いた種類だけを変える）")
	record CheckSwitches(Boolean MY_NUMBER, Boolean PAYMENT_CARD) {
	}
}
