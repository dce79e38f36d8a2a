package jp.kyoyu.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kyoyu.masterdata.JobTitle;
import jp.kyoyu.masterdata.JobTitleInput;
import jp.kyoyu.masterdata.JobTitleManagement;

/**
 * A production installation starts without users; with {@code KYOYU_ADMIN_PASSWORD} set, the first start
 * creates the administrator {@code admin} with it, so someone can log in and register the others.
 */
@Component
class InitialAdministrator {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final IdentityManagement identity;

	private final AccountManagement accounts;

	private final IdentityTexts texts;

	private final JobTitleManagement jobTitles;

	private final String password;

	InitialAdministrator(IdentityManagement identity, AccountManagement accounts, IdentityTexts texts,
			JobTitleManagement jobTitles, @Value("${kyoyu.admin-password:}") String password) {
		this.identity = identity;
		this.jobTitles = jobTitles;
		this.accounts = accounts;
		this.texts = texts;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	void createWhenNoUserExists() {
		if (password.isBlank() || !identity.hasNoUsers()) {
			return;
		}
		String administrator = texts.get("group.name.administrators");
		// A job title must be in the master (MasterDataChoices); a fresh installation's master is still empty.
		if (jobTitles.findAll().stream().map(JobTitle::name).noneMatch(administrator::equals)) {
			jobTitles.create(new JobTitleInput(administrator, null));
		}
		accounts.create(new UserDetailsInput("admin", administrator, "admin@localhost.localdomain", password,
				Side.AGENCY, null, administrator, null), true);
		log.info("Created the initial administrator 'admin' from kyoyu.admin-password");
	}
}
