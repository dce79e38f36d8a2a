package jp.kyoyu.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.board.PostNotificationRequested;
import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.masterdata.MailTemplates;
import jp.kyoyu.masterdata.RenderedMail;

/**
 * Tells the users an author chose about a new post, one mail each in the recipient's name, unless they
 * switched board notices off. Any failure leaves the event incomplete in the publication registry, so the
 * batch is handed over again by the retry, which sends only the mails not sent before ({@link MailComposer#send(Object, List)}):
 * a user gets a notice once, never none.
 */
@Component
class PostMailer {

	static final String TEMPLATE = "post.created";

	static final DateTimeFormatter POSTED_AT = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private static final Logger log = LoggerFactory.getLogger(PostMailer.class);

	private final MailComposer mail;

	private final MailTemplates templates;

	private final IdentityManagement identity;

	private final NotificationPreferenceManagement preferences;

	private final NotificationSettings settings;

	PostMailer(MailComposer mail, MailTemplates templates, IdentityManagement identity,
			NotificationPreferenceManagement preferences, NotificationSettings settings) {
		this.mail = mail;
		this.templates = templates;
		this.identity = identity;
		this.preferences = preferences;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(PostNotificationRequested request) throws MessagingException {
		String author = identity.find(request.authorUserId()).map(UserAccount::name).orElse(request.authorUserId());
		List<MimeMessage> messages = new ArrayList<>();
		for (String userId : request.recipientUserIds()) {
			if (!preferences.wants(userId, Notice.BOARD_POST, null)) {
				continue;
			}
			UserAccount recipient = identity.find(userId).orElse(null);
			if (recipient != null && !recipient.level(Feature.BOARD).allows(AccessLevel.READ)) {
				continue; // no notice of posts to a user without the board right: the mail's link would only answer 403 (docs/security/rights.md)
			}
			if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
				log.warn("No mail address for user {}; post {} notice not sent to them", userId, request.postId());
				continue;
			}
			RenderedMail rendered = templates.render(TEMPLATE, Map.of("recipientName", recipient.name(),
					"projectName", String.valueOf(request.projectName()), "title", request.title(), "author", author,
					"postedAt", POSTED_AT.format(request.postedAt()),
					"url", settings.baseUrl() + "/board/posts/" + request.postId()));
			messages.add(mail.compose(recipient.email(), rendered, false));
		}
		mail.send(request, messages);
	}
}
