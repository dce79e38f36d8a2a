package jp.kyoyu.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;

/**
 * Passwords (C8.5, X2): the user's own change, an administrator's reset, the one-time link that lets a user set
 * their own, the rules and the expiry. Every way of setting a password goes through the same policy check and
 * history, so no path is weaker than another.
 */
@Service
@Transactional
public class PasswordManagement {

	private static final Logger log = LoggerFactory.getLogger(PasswordManagement.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityService camunda;

	private final IdentityManagement identity;

	private final UserProfileRepository profiles;

	private final PasswordPolicy policy;

	private final PasswordLinks links;

	private final ObjectProvider<PasswordLinkDelivery> delivery;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IdentityTexts texts;

	PasswordManagement(IdentityService camunda, IdentityManagement identity, UserProfileRepository profiles,
			PasswordPolicy policy, PasswordLinks links, ObjectProvider<PasswordLinkDelivery> delivery,
			LoginThrottle throttle, ApplicationEventPublisher events, Clock clock, IdentityTexts texts) {
		this.camunda = camunda;
		this.identity = identity;
		this.profiles = profiles;
		this.policy = policy;
		this.links = links;
		this.delivery = delivery;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
		this.texts = texts;
	}

	/** An administrator sets a new password (and ends a lockout). */
	public void resetPassword(String userId, String newPassword) {
		identity.get(userId);
		setPassword(userId, newPassword, "password");
		throttle.unlock(userId);
		events.publishEvent(new PasswordChanged(userId, true));
	}

	/** The user changes their own password; the current one must be given. */
	public void changeOwnPassword(String userId, String currentPassword, String newPassword) {
		identity.get(userId);
		if (currentPassword == null || !camunda.checkPassword(userId, currentPassword)) {
			throw new InvalidInputException("currentPassword", texts.get("password.problem.currentWrong"));
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
		UserAccount account = identity.get(userId);
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

	/** 256 random bits nobody sees: the account cannot be logged into before its user sets a password. */
	static String unknowablePassword() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getEncoder().encodeToString(secret);
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
}
