package jp.kyoyu.identity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.NotFoundException;

/**
 * Who the users are: the lookups every module makes (C8.1). The user, its name, e-mail and password hash live in
 * Camunda's identity tables, so Tasklist, Cockpit and Admin see the same people; side, organisation and
 * permissions live in ours. Changes go through {@link AccountManagement}, {@link PasswordManagement} and
 * {@link PermissionManagement}; this class only reads, which is why most modules need nothing else.
 */
@Service
@Transactional(readOnly = true)
public class IdentityManagement {

	private final IdentityService camunda;

	private final UserProfileRepository profiles;

	private final PermissionGrantRepository grants;

	private final UserNames names;

	private final KeptAccounts kept;

	private final IdentityTexts texts;

	IdentityManagement(IdentityService camunda, UserProfileRepository profiles, PermissionGrantRepository grants,
			UserNames names, KeptAccounts kept, IdentityTexts texts) {
		this.kept = kept;
		this.camunda = camunda;
		this.profiles = profiles;
		this.grants = grants;
		this.names = names;
		this.texts = texts;
	}

	public Optional<UserAccount> find(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		User user = camunda.createUserQuery().userId(userId).singleResult();
		return Optional.ofNullable(user)
			.flatMap(u -> profiles.findById(userId).map(profile -> toAccount(u, profile, permissionsOf(userId))));
	}

	/**
	 * As {@link #find}, kept a while ({@link KeptAccounts}) and right on every node after a change Kyoyu makes: for
	 * what asks about many users on every approval step (the notice mails' recipients). Checks of rights before an
	 * action use {@link FeatureRights}.
	 */
	public Optional<UserAccount> findKept(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		return kept.find(userId, this::find);
	}

	/** The user's display name, or empty for an unknown id (kept a while by {@link UserNames}). */
	public Optional<String> nameOf(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		return names.nameOf(userId,
				id -> Optional.ofNullable(camunda.createUserQuery().userId(id).singleResult()).map(User::getFirstName));
	}

	/** The user, or a 404 in Japanese. */
	public UserAccount get(String userId) {
		return find(userId).orElseThrow(() -> new NotFoundException(texts.get("user.notFound", userId)));
	}

	/** All users, sorted by id; three queries whatever the number of users. */
	public List<UserAccount> findAll() {
		Map<String, UserProfile> profileById = profiles.findAll().stream()
			.collect(Collectors.toMap(UserProfile::userId, Function.identity()));
		Map<String, Map<Feature, AccessLevel>> permissionsById = new HashMap<>();
		grants.findAll().forEach(grant -> permissionsById
			.computeIfAbsent(grant.userId(), id -> new EnumMap<>(Feature.class))
			.put(grant.feature(), grant.level()));
		return camunda.createUserQuery().orderByUserId().asc().list().stream()
			.filter(user -> profileById.containsKey(user.getId()))
			.map(user -> toAccount(user, profileById.get(user.getId()),
					permissionsById.getOrDefault(user.getId(), Map.of())))
			.toList();
	}

	public boolean hasNoUsers() {
		return profiles.count() == 0;
	}

	private Map<Feature, AccessLevel> permissionsOf(String userId) {
		Map<Feature, AccessLevel> permissions = new EnumMap<>(Feature.class);
		grants.findByUserId(userId).forEach(grant -> permissions.put(grant.feature(), grant.level()));
		return permissions;
	}

	private static UserAccount toAccount(User user, UserProfile profile, Map<Feature, AccessLevel> permissions) {
		return new UserAccount(user.getId(), user.getFirstName(), user.getEmail(), profile.side(),
				profile.organisation(), profile.jobTitle(), profile.phone(), profile.enabled(), Map.copyOf(permissions));
	}
}
