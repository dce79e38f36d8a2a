package jp.kyoyu.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;

/**
 * Users: registration, details, enabled state, passwords and permissions (C8.1, C8.3). The user, its name,
 * e-mail and password hash live in Camunda's identity tables, so Tasklist, Cockpit and Admin see the same
 * people; side, organisation and permissions live in ours.
 */
@Service
@Transactional
public class IdentityManagement {

	/** Letters, digits and {@code . _ -}; Camunda's resource whitelist is widened to match. */
	static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdentityManagement.class);

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final IdentityService camunda;

	private final UserProfileRepository profiles;

	private final PermissionGrantRepository grants;

	private final PasswordPolicy policy;

	private final PasswordHistoryRepository passwordHistory;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UserNames names;

	private final PasswordLinks links;

	private final ObjectProvider<PasswordLinkDelivery> delivery;

	IdentityManagement(IdentityService camunda, UserProfileRepository profiles, PermissionGrantRepository grants,
			PasswordPolicy policy, PasswordHistoryRepository passwordHistory, LoginThrottle throttle,
			ApplicationEventPublisher events, Clock clock, UserNames names, PasswordLinks links,
			ObjectProvider<PasswordLinkDelivery> delivery) {
		this.names = names;
		this.links = links;
		this.delivery = delivery;
		this.camunda = camunda;
		this.profiles = profiles;
		this.grants = grants;
		this.policy = policy;
		this.passwordHistory = passwordHistory;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> find(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		User user = camunda.createUserQuery().userId(userId).singleResult();
		return Optional.ofNullable(user)
			.flatMap(u -> profiles.findById(userId).map(profile -> toAccount(u, profile, permissionsOf(userId))));
	}

	/** The user's display name, or empty for an unknown id (kept a while by {@link UserNames}). */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		return names.nameOf(userId,
				id -> Optional.ofNullable(camunda.createUserQuery().userId(id).singleResult()).map(User::getFirstName));
	}

	/** The user, or a 404 in Japanese. */
	@Transactional(readOnly = true)
	public UserAccount get(String userId) {
		return find(userId).orElseThrow(() -> new NotFoundException("ユーザー「" + userId + "」は見つかりません。"));
	}

	/** All users, sorted by id; three queries whatever the number of users. */
	@Transactional(readOnly = true)
	public List<UserAccount> findAll() {
		Map<String, UserProfile> profileById = profiles.findAll().stream()
			.collect(Collectors.toMap(UserProfile::userId, Function.identity()));
		Map<String, Map<Feature, AccessLevel>> permissionsById = new java.util.HashMap<>();
		grants.findAll().forEach(grant -> permissionsById
			.computeIfAbsent(grant.userId(), id -> new EnumMap<>(Feature.class))
			.put(grant.feature(), grant.level()));
		return camunda.createUserQuery().orderByUserId().asc().list().stream()
			.filter(user -> profileById.containsKey(user.getId()))
			.map(user -> toAccount(user, profileById.get(user.getId()),
					permissionsById.getOrDefault(user.getId(), Map.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean hasNoUsers() {
		return profiles.count() == 0;
	}

	/**
	 * Registers a user with the default permissions of the side (read/write everywhere but administration),
	 * or administration rights as well when {@code administrator}. Without a password the account gets one
	 * nobody knows, and the user sets their own through {@link #sendPasswordLink} (X2); a given password is
	 * checked by the policy and set, for scripts that hand it over by other means.
	 */
	public UserAccount create(UserDetailsInput input, boolean administrator) {
		List<FieldProblem> problems = new ArrayList<>(detailProblems(input));
		if (input.userId() == null || !USER_ID.matcher(input.userId()).matches()) {
			problems.add(new FieldProblem("userId",
					"ユーザーIDは半角英数字で始まる2〜64文字（英数字と . _ - が使えます）で入力してください。"));
		}
		else if (camunda.createUserQuery().userId(input.userId()).count() > 0) {
			problems.add(new FieldProblem("userId", "ユーザーID「" + input.userId() + "」は既に使われています。"));
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
		user.setPassword(byLink ? unknowablePassword() : input.password());
		camunda.saveUser(user);
		UserProfile profile = new UserProfile(input.userId(), input.side(), clock.instant());
		profile.update(input.side(), blankToNull(input.organisation()), blankToNull(input.jobTitle()),
				blankToNull(input.phone()));
		profiles.save(profile);
		camunda.createMembership(input.userId(), input.side().groupId());
		Map<Feature, AccessLevel> permissions = defaultPermissions(administrator);
		permissions.forEach((feature, level) -> grants.save(new PermissionGrant(input.userId(), feature, level)));
		if (administrator) {
			camunda.createMembership(input.userId(), CamundaGroups.ADMINISTRATORS);
		}
		if (!byLink) {
			policy.remember(input.userId(), input.password(), clock.instant());
		}
		events.publishEvent(new UserCreated(input.userId(), input.side()));
		return get(input.userId());
	}

	/** Changes name, e-mail, side, organisation, job title and phone; the id and password stay. */
	public UserAccount update(String userId, UserDetailsInput input) {
		UserAccount before = get(userId);
		List<FieldProblem> problems = detailProblems(input);
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
		events.publishEvent(new UserUpdated(userId, "変更前: " + before.name() + " / " + before.email()));
		return get(userId);
	}

	public void setEnabled(String userId, boolean enabled, String actingUserId) {
		get(userId);
		if (!enabled && userId.equals(actingUserId)) {
			throw new ForbiddenException("自分自身のアカウントは無効にできません。");
		}
		profiles.findById(userId).orElseThrow().setEnabled(enabled);
		events.publishEvent(enabled ? new UserUpdated(userId, "有効化") : new UserDisabled(userId));
	}

	/** Deletes a user everywhere: Camunda's user and memberships, profile, permissions, password history. */
	public void delete(String userId, String actingUserId) {
		get(userId);
		if (userId.equals(actingUserId)) {
			throw new ForbiddenException("自分自身のアカウントは削除できません。");
		}
		camunda.deleteUser(userId);
		grants.deleteByUserId(userId);
		passwordHistory.deleteByUserId(userId);
		links.forget(userId);
		profiles.deleteById(userId);
		throttle.unlock(userId);
		events.publishEvent(new UserDeleted(userId));
	}

	/** An administrator sets a new password (and ends a lockout). */
	public void resetPassword(String userId, String newPassword) {
		get(userId);
		setPassword(userId, newPassword, "password");
		throttle.unlock(userId);
		events.publishEvent(new PasswordChanged(userId, true));
	}

	/** The user changes their own password; the current one must be given. */
	public void changeOwnPassword(String userId, String currentPassword, String newPassword) {
		get(userId);
		if (currentPassword == null || !camunda.checkPassword(userId, currentPassword)) {
			throw new InvalidInputException("currentPassword", "現在のパスワードが正しくありません。");
		}
		setPassword(userId, newPassword, "newPassword");
		events.publishEvent(new PasswordChanged(userId, false));
	}

	/**
	 * Mails the user a one-time link (24 hours) to set their password: for a new account, or as an
	 * administrator's reset, which leaves the current password working until the link is used. Answers false
	 * when the mail could not be sent (the administrator can send a new link later).
	 */
	public boolean sendPasswordLink(String userId, boolean newAccount) {
		UserAccount account = get(userId);
		PasswordLinks.Issued issued = links.issue(userId,
				newAccount ? PasswordLink.Purpose.NEW_ACCOUNT : PasswordLink.Purpose.RESET);
		events.publishEvent(new PasswordLinkSent(userId, newAccount));
		try {
			delivery.getObject().deliver(new PasswordLinkMail(userId, account.name(), account.email(), issued.path(),
					issued.validUntil(), newAccount));
			return true;
		}
		catch (RuntimeException e) {
			log.warn("Password link for {} could not be sent: {}", userId, e.toString());
			return false;
		}
	}

	/** The user a password link is for, or a Japanese refusal (unknown, used or expired link). */
	@Transactional(readOnly = true)
	public String passwordLinkHolder(String token) {
		return links.holder(token);
	}

	/** Sets the password through a one-time link; the link is used up only when the password is accepted. */
	public void setPasswordWithLink(String token, String newPassword) {
		String userId = links.holder(token);
		setPassword(userId, newPassword, "newPassword");
		links.use(token);
		throttle.unlock(userId);
		events.publishEvent(new PasswordChanged(userId, false));
	}

	public List<String> passwordRules() {
		return policy.describe();
	}

	/** True when the password is older than the configured maximum age (never, by default). */
	@Transactional(readOnly = true)
	public boolean passwordExpired(String userId) {
		return profiles.findById(userId).map(profile -> policy.expired(profile.passwordChangedAt())).orElse(false);
	}

	public void setPermissions(String userId, Map<Feature, AccessLevel> permissions, String actingUserId) {
		get(userId);
		if (userId.equals(actingUserId) && !permissions.getOrDefault(Feature.ADMIN, AccessLevel.NONE)
			.allows(AccessLevel.WRITE)) {
			throw new ForbiddenException("自分自身のシステム管理権限は外せません。別の管理者に依頼してください。");
		}
		grants.deleteByUserId(userId);
		permissions.forEach((feature, level) -> {
			if (level != AccessLevel.NONE) {
				grants.save(new PermissionGrant(userId, feature, level));
			}
		});
		boolean administrator = permissions.getOrDefault(Feature.ADMIN, AccessLevel.NONE).allows(AccessLevel.WRITE);
		boolean wasAdministrator = camunda.createUserQuery().userId(userId)
			.memberOfGroup(CamundaGroups.ADMINISTRATORS).count() > 0;
		if (administrator && !wasAdministrator) {
			camunda.createMembership(userId, CamundaGroups.ADMINISTRATORS);
		}
		else if (!administrator && wasAdministrator) {
			camunda.deleteMembership(userId, CamundaGroups.ADMINISTRATORS);
		}
		events.publishEvent(new PermissionsChanged(userId, permissions.toString()));
	}

	/** Authorities for Spring Security: {@code FEATURE_LEVEL} for the granted level and every level below. */
	Collection<GrantedAuthority> authoritiesOf(UserAccount user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("SIDE_" + user.side().name()));
		user.permissions().forEach((feature, level) -> {
			for (AccessLevel granted : AccessLevel.values()) {
				if (granted != AccessLevel.NONE && level.allows(granted)) {
					authorities.add(new SimpleGrantedAuthority(AccessLevel.authority(feature, granted)));
				}
			}
		});
		return authorities;
	}

	private void setPassword(String userId, String newPassword, String field) {
		List<String> violations = policy.violations(userId, newPassword);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations.stream().map(m -> new FieldProblem(field, m)).toList());
		}
		User user = camunda.createUserQuery().userId(userId).singleResult();
		user.setPassword(newPassword);
		camunda.saveUser(user);
		profiles.findById(userId).orElseThrow().passwordChanged(clock.instant());
		policy.remember(userId, newPassword, clock.instant());
	}

	/** 256 random bits nobody sees: the account cannot be logged into before its user sets a password. */
	private static String unknowablePassword() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return java.util.Base64.getEncoder().encodeToString(secret);
	}

	private Map<Feature, AccessLevel> permissionsOf(String userId) {
		Map<Feature, AccessLevel> permissions = new EnumMap<>(Feature.class);
		grants.findByUserId(userId).forEach(grant -> permissions.put(grant.feature(), grant.level()));
		return permissions;
	}

	private static Map<Feature, AccessLevel> defaultPermissions(boolean administrator) {
		Map<Feature, AccessLevel> permissions = new EnumMap<>(Feature.class);
		for (Feature feature : Feature.values()) {
			permissions.put(feature, feature == Feature.ADMIN ? AccessLevel.NONE : AccessLevel.WRITE);
		}
		if (administrator) {
			permissions.put(Feature.ADMIN, AccessLevel.MANAGE);
		}
		return permissions;
	}

	private static List<FieldProblem> detailProblems(UserDetailsInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.name() == null || input.name().isBlank()) {
			problems.add(new FieldProblem("name", "氏名を入力してください。"));
		}
		else if (input.name().length() > 100) {
			problems.add(new FieldProblem("name", "氏名は100文字以内で入力してください。"));
		}
		jp.kyoyu.shared.CleanText.checkLine(problems, "name", "氏名", input.name());
		if (input.email() == null || input.email().isBlank()) {
			problems.add(new FieldProblem("email", "メールアドレスを入力してください。"));
		}
		else if (input.email().length() > 254 || !EMAIL.matcher(input.email()).matches()) {
			problems.add(new FieldProblem("email", "メールアドレスの形式が正しくありません（例: taro@example.jp）。"));
		}
		if (input.side() == null) {
			problems.add(new FieldProblem("side", "所属（発注者または受注者）を選んでください。"));
		}
		checkLength(problems, "organisation", "組織名", input.organisation(), 200);
		checkLength(problems, "jobTitle", "役職", input.jobTitle(), 100);
		checkLength(problems, "phone", "電話番号", input.phone(), 40);
		return problems;
	}

	private static void checkLength(List<FieldProblem> problems, String field, String label, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, label + "は" + max + "文字以内で入力してください。"));
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

	private static UserAccount toAccount(User user, UserProfile profile, Map<Feature, AccessLevel> permissions) {
		return new UserAccount(user.getId(), user.getFirstName(), user.getEmail(), profile.side(),
				profile.organisation(), profile.jobTitle(), profile.phone(), profile.enabled(), Map.copyOf(permissions));
	}
}
