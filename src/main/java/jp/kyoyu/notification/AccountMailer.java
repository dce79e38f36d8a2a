package jp.kyoyu.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.PasswordLinkDelivery;
import jp.kyoyu.identity.PasswordLinkMail;
import jp.kyoyu.masterdata.MailTemplates;
import jp.kyoyu.masterdata.RenderedMail;

/**
 * The account notices (X2): a new account's link to set its password, and an administrator's reset link. Sent
 * at once rather than through the event registry, which would keep the live link in the database; a failure
 * reaches the administrator, who can send a new link. The notice carries a link, never a password.
 */
@Component
class AccountMailer implements PasswordLinkDelivery {

	static final String NEW_ACCOUNT = "account.created";

	static final String RESET = "account.password_reset";

	private static final DateTimeFormatter VALID_UNTIL = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final MailComposer mail;

	private final MailTemplates templates;

	private final NotificationSettings settings;

	AccountMailer(MailComposer mail, MailTemplates templates, NotificationSettings settings) {
		this.mail = mail;
		this.templates = templates;
		this.settings = settings;
	}

	@Override
	public void deliver(PasswordLinkMail link) {
		RenderedMail rendered = templates.render(link.newAccount() ? NEW_ACCOUNT : RESET,
				Map.of("recipientName", link.name(), "userId", link.userId(), "url", settings.baseUrl() + link.path(),
						"validUntil", VALID_UNTIL.format(link.validUntil())));
		try {
			mail.send(List.of(mail.compose(link.email(), rendered, false)));
		}
		catch (MessagingException e) {
			throw new IllegalStateException("The password link mail could not be composed", e);
		}
	}
}
