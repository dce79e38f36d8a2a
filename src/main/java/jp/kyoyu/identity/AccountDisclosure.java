package jp.kyoyu.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;

/** Identity's part of a disclosure: the account as the administrator sees it, its rights and its absences. */
@Component
class AccountDisclosure implements UserDisclosure {

	private final IdentityManagement identity;

	private final AbsenceManagement absences;

	private final DateStylePreference dateStyles;

	AccountDisclosure(IdentityManagement identity, AbsenceManagement absences, DateStylePreference dateStyles) {
		this.identity = identity;
		this.absences = absences;
		this.dateStyles = dateStyles;
	}

	@Override
	public String kind() {
		return "account";
	}

	@Override
	public String description() {
		return Wording.japanese("disclosure.kind.account");
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		UserAccount account = identity.get(userId);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("userId", account.userId()));
		rows.add(List.of("name", account.name()));
		rows.add(List.of("email", account.email()));
		rows.add(List.of("side", account.side()));
		rows.add(List.of("organisation", nullToEmpty(account.organisation())));
		rows.add(List.of("jobTitle", nullToEmpty(account.jobTitle())));
		rows.add(List.of("phone", nullToEmpty(account.phone())));
		rows.add(List.of("enabled", account.enabled()));
		rows.add(List.of("dateStyle", dateStyles.of(userId)));
		account.permissions().forEach((feature, level) -> rows.add(List.of("permission." + feature, level)));
		for (AbsencePeriod absence : absences.of(userId)) {
			rows.add(List.of("absence", absence.from() + "/" + absence.to()
					+ (absence.deputyUserId() == null ? "" : " deputy=" + absence.deputyUserId())));
		}
		return new DisclosedTable(List.of("item", "value"), rows);
	}

	private static Object nullToEmpty(Object value) {
		return value == null ? "" : value;
	}
}
