package jp.kyoyu.notification.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.notification.Notice;
import jp.kyoyu.notification.NotificationPreferenceManagement;
import jp.kyoyu.notification.NotificationPreferences;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * {@code GET|PUT /api/v1/me/notification-preferences}: the caller's mail notices (C4.19). PUT changes the
 * kinds it names (others keep their setting) and {@code importantOnly} when given; answers the new state.
 */
@RestController
class NotificationPreferenceApiController {

	private final NotificationPreferenceManagement preferences;

	NotificationPreferenceApiController(NotificationPreferenceManagement preferences) {
		this.preferences = preferences;
	}

	record Choice(String kind, Boolean receive) {
	}

	record PreferenceChange(List<Choice> notices, Boolean importantOnly) {
	}

	@GetMapping("/api/v1/me/notification-preferences")
	NotificationPreferences get(@AuthenticationPrincipal KyoyuPrincipal user) {
		return preferences.of(user.userId());
	}

	@PutMapping("/api/v1/me/notification-preferences")
	NotificationPreferences put(@AuthenticationPrincipal KyoyuPrincipal user,
			@RequestBody(required = false) PreferenceChange change) {
		PreferenceChange given = change == null ? new PreferenceChange(null, null) : change;
		List<FieldProblem> problems = new ArrayList<>();
		Map<Notice, Boolean> receive = new EnumMap<>(Notice.class);
		List<Choice> choices = given.notices() == null ? List.of() : given.notices();
		for (int i = 0; i < choices.size(); i++) {
			Choice choice = choices.get(i);
			Notice notice = choice == null ? null : parse(choice.kind());
			if (notice == null) {
				problems.add(new FieldProblem("notices[" + i + "].kind", Wording.of("notification.preferences.kind.invalid",
						Arrays.stream(Notice.values()).map(Notice::name).collect(Collectors.joining("、")))));
			}
			else if (choice.receive() == null) {
				problems.add(new FieldProblem("notices[" + i + "].receive",
						Wording.of("notification.preferences.receive.missing")));
			}
			else {
				receive.put(notice, choice.receive());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return preferences.change(user.userId(), receive, given.importantOnly());
	}

	private static Notice parse(String kind) {
		return Arrays.stream(Notice.values()).filter(notice -> notice.name().equals(kind)).findFirst().orElse(null);
	}
}
