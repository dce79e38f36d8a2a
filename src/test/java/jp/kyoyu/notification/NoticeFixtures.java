package jp.kyoyu.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.NoticeKind;
import jp.kyoyu.proposal.ProposalNotice;

/** Users of their own and workflow notices published the way the workflow does, for the notification tests. */
final class NoticeFixtures {

	static final String PASSWORD = "Tsuchi#Mizu-2026";

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	NoticeFixtures(AccountManagement accounts, ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.events = events;
		this.transaction = transaction;
	}

	/** A new user, so no other test's preferences or mails get in the way; their address is {@code id@…}. */
	String user(String name) {
		String id = "nt" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(id, name, id + "@notice.kyoyu.example", PASSWORD, Side.AGENCY, null,
				null, null), false);
		return id;
	}

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static ProposalNotice notice(NoticeKind kind, String title, Importance importance, String actor,
			String onBehalfOf, List<String> recipients) {
		return new ProposalNotice(kind, 4242, 7, "中部地区用水路改修工事", title, "工事打合せ簿", importance, actor, onBehalfOf,
				"法面の写真を追加しました。", LocalDate.of(2026, 11, 25), recipients, Instant.parse("2026-11-20T01:30:00Z"));
	}

	/** Publishes as the workflow does: inside its transaction, so the mail follows the commit. */
	void publish(Object event) {
		transaction.executeWithoutResult(status -> events.publishEvent(event));
	}

	static List<MimeMessage> about(MimeMessage[] received, String title) {
		return Arrays.stream(received).filter(message -> subject(message).contains(title)).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
