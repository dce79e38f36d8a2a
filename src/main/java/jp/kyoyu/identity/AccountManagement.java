package jp.kyoyu.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;

/**
 * A user account's life (C8.1): registration, details, enabled state, deletion. The account is written to
 * Camunda's identity tables (name, e-mail, password hash, side group) and to our profile and permission grants
 * in one transaction, so the two never disagree about who exists.
 */
@Service
@Transactional
public class AccountManagement {

	/** Letters, digits and {@code . _ -}; Camunda's resource whitelist is widened to match. */
	static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final IdentityService camunda;

	private final IdentityManagement identity;

	private final UserProfileRepository profiles;

	private final PermissionGrantRepository grants;

	private final PasswordPolicy policy;

	private final PasswordHistoryRepository passwordHistory;

	private final PasswordLinks links;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IdentityTexts texts;

	private final MasterDataChoices choices;

	AccountManagement(IdentityService camunda, IdentityManagement identity, UserProfileRepository profiles,
			PermissionGrantRepository grants, PasswordPolicy policy, PasswordHistoryRepository passwordHistory,
			PasswordLinks links, LoginThrottle throttle, ApplicationEventPublisher events, Clock clock,
			IdentityTexts texts, MasterDataChoices choices) {
		this.camunda = camunda;
		this.identity = identity;
		this.profiles = profiles;
		this.grants = grants;
		this.policy = policy;
		this.passwordHistory = passwordHistory;
		this.links = links;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
		this.texts = texts;
		this.choices = choices;
	}

	/**
	 * Registers a user with the default permissions of the side (read/write everywhere but administration),
	 * or administration rights as well when {@code administrator}. Without a password the account gets one
	 * nobody knows, and the user sets their own through {@link PasswordManagement#sendPasswordLink} (X2); a given
	 * password is checked by the policy and set, for scripts that hand it over by other means.
	 */
	public UserAccount create(UserDetailsInput input, boolean administrator) {
		List<FieldProblem> problems = new ArrayList<>(detailProblems(input));
		problems.addAll(choices.problems(input, null));
		if (input.userId() == null || !USER_ID.matcher(input.userId()).matches()) {
			problems.add(new FieldProblem("userId", texts.get("user.problem.userId")));
		}
		else if (camunda.createUserQuery().userId(input.userId()).count() > 0) {
			problems.add(new FieldProblem("userId", texts.get("user.problem.userIdTaken", input.userId())));
		}
		boolean byLink = input.password() == null || input.password().isEmpty();
		if (!byLink) {
			policy.violations(input.userId(), input.password())
				.forEach(message -> problems.add(new FieldProblem("password", message)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		User user = camunda.newUser(input.userId());
		copyDetails(input, user);
		user.setPassword(byLink ? PasswordManagement.unknowablePassword() : input.password());
		camunda.saveUser(user);
		UserProfile profile = new UserProfile(input.userId(), input.side(), clock.instant());
		profile.update(input.side(), blankToNull(input.organisation()), blankToNull(input.jobTitle()),
				blankToNull(input.phone()));
		profiles.save(profile);
		camunda.createMembership(input.userId(), input.side().groupId());
		PermissionManagement.defaults(administrator)
			.forEach((feature, level) -> grants.save(new PermissionGrant(input.userId(), feature, level)));
		if (administrator) {
			camunda.createMembership(input.userId(), CamundaGroups.ADMINISTRATORS);
		}
		if (!byLink) {
			policy.remember(input.userId(), input.password(), clock.instant());
		}
		events.publishEvent(new UserCreated(input.userId(), input.side()));
		return identity.get(input.userId());
	}

	/**
	 * Changes name, e-mail, side, organisation, job title and phone; the id and password stay. Organisation and job
	 * title must be in the master data unless they are the values the user already has ({@link MasterDataChoices}).
	 */
	public UserAccount update(String userId, UserDetailsInput input) {
		UserAccount before = identity.get(userId);
		List<FieldProblem> problems = new ArrayList<>(detailProblems(input));
		problems.addAll(choices.problems(input, before));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		User user = camunda.createUserQuery().userId(userId).singleResult();
		copyDetails(input, user);
		camunda.saveUser(user);
		UserProfile profile = profiles.findById(userId).orElseThrow();
		if (profile.side() != input.side()) {
			camunda.deleteMembership(userId, profile.side().groupId());
			camunda.createMembership(userId, input.side().groupId());
		}
		profile.update(input.side(), blankToNull(input.organisation()), blankToNull(input.jobTitle()),
				blankToNull(input.phone()));
		events.publishEvent(new UserUpdated(userId, texts.get("user.audit.updated", before.name(), before.email())));
		return identity.get(userId);
	}

	public void setEnabled(String userId, boolean enabled, String actingUserId) {
		identity.get(userId);
		if (!enabled && userId.equals(actingUserId)) {
			throw new ForbiddenException(texts.get("user.refused.disableSelf"));
		}
		profiles.findById(userId).orElseThrow().setEnabled(enabled);
		events.publishEvent(enabled ? new UserUpdated(userId, texts.get("user.audit.enabled")) : new UserDisabled(userId));
	}

	/** Deletes a user everywhere: Camunda's user and memberships, profile, permissions, password history. */
	public void delete(String userId, String actingUserId) {
		identity.get(userId);
		if (userId.equals(actingUserId)) {
			throw new ForbiddenException(texts.get("user.refused.deleteSelf"));
		}
		camunda.deleteUser(userId);
		grants.deleteByUserId(userId);
		passwordHistory.deleteByUserId(userId);
		links.forget(userId);
		profiles.deleteById(userId);
		throttle.unlock(userId);
		events.publishEvent(new UserDeleted(userId));
	}

	private List<FieldProblem> detailProblems(UserDetailsInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.name() == null || input.name().isBlank()) {
			problems.add(new FieldProblem("name", texts.get("user.problem.nameMissing")));
		}
		else if (input.name().length() > 100) {
			problems.add(new FieldProblem("name", texts.get("user.problem.nameTooLong")));
		}
		CleanText.checkLine(problems, "name", texts.get("user.label.name"), input.name());
		if (input.email() == null || input.email().isBlank()) {
			problems.add(new FieldProblem("email", texts.get("user.problem.emailMissing")));
		}
		else if (input.email().length() > 254 || !EMAIL.matcher(input.email()).matches()) {
			problems.add(new FieldProblem("email", texts.get("user.problem.emailInvalid")));
		}
		if (input.side() == null) {
			problems.add(new FieldProblem("side", texts.get("user.problem.sideMissing")));
		}
		checkLength(problems, "organisation", "user.label.organisation", input.organisation(), 200);
		checkLength(problems, "jobTitle", "user.label.jobTitle", input.jobTitle(), 100);
		checkLength(problems, "phone", "user.label.phone", input.phone(), 40);
		return problems;
	}

	private void checkLength(List<FieldProblem> problems, String field, String labelKey, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, texts.get("user.problem.tooLong", texts.get(labelKey), max)));
		}
	}

	private static void copyDetails(UserDetailsInput input, User user) {
		// Camunda shows "first last"; a Japanese full name is kept whole in the first name so it reads in order.
		user.setFirstName(input.name().strip());
		user.setLastName("");
		user.setEmail(input.email().strip());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
