package jp.kyoyu.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kyoyu.masterdata.RenderedMail;

/**
 * Turns a filled template into a mail every common client shows in Japanese: UTF-8 text, and a subject that
 * MimeMessageHelper encodes as an RFC 2047 encoded word ({@code =?UTF-8?B?...?=}), since headers must stay ASCII.
 */
@Component
class MailComposer {

	private static final Logger log = LoggerFactory.getLogger(MailComposer.class);

	private final JavaMailSender mail;

	private final MailKeys keys;

	private final MailClaims claims;

	/** The composing reads and the claims of {@link #sendOnce}: one transaction, committed before the send. */
	private final TransactionTemplate together;

	private final NotificationSettings settings;

	private final Counter sent;

	private final Counter failed;

	MailComposer(JavaMailSender mail, NotificationSettings settings, MeterRegistry registry, MailKeys keys,
			MailClaims claims, PlatformTransactionManager transactions) {
		this.mail = mail;
		this.together = new TransactionTemplate(transactions);
		this.keys = keys;
		this.claims = claims;
		this.settings = settings;
		this.sent = Counter.builder("kyoyu.mails.sent").description("Mails the SMTP server accepted").register(registry);
		this.failed = Counter.builder("kyoyu.mails.failed")
			.description("Mails the SMTP server did not take (retried later from the event registry)").register(registry);
	}

	MimeMessage compose(String to, RenderedMail rendered, boolean important) throws MessagingException {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(to);
		helper.setSubject(rendered.subject());
		helper.setText(rendered.body(), false);
		if (important) {
			// Outlook and Thunderbird flag the mail as well as showing 【重要】 in the subject.
			helper.setPriority(1);
			message.setHeader("Importance", "High");
		}
		return message;
	}

	/** As {@link #compose}, with one file attached (the mail becomes multipart; the text stays the first part). */
	MimeMessage composeWithAttachment(String to, RenderedMail rendered, String fileName, byte[] content,
			String contentType) throws MessagingException {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(to);
		helper.setSubject(rendered.subject());
		helper.setText(rendered.body(), false);
		helper.addAttachment(fileName, new ByteArrayResource(content), contentType);
		return message;
	}

	/**
	 * Sends the mails a notice event asks for, each at most once however often the event is delivered (issue #18:
	 * a node may die after sending and before the registry marks the publication complete; the retry or the
	 * restart then delivers it again, perhaps on another node). Each mail gets a key from the event and its
	 * recipient ({@link MailKeys}), claimed before sending ({@link MailClaims}) and carried as its
	 * {@code Message-ID}, so even a mail client sees a copy as the same mail. A mail sent before is skipped; a mail
	 * another node is sending right now makes this delivery fail after sending the rest, so the publication stays
	 * incomplete and the retry looks again.
	 */
	void send(Object event, List<MimeMessage> messages) throws MessagingException {
		sendClaimed(claim(event, messages, claims::claim));
	}

	/** What a notice mails: composed from kept answers and the database, inside the transaction that claims them. */
	@FunctionalInterface
	interface Composition {

		List<MimeMessage> compose() throws MessagingException;
	}

	/**
	 * As {@link #send(Object, List)}, with the composing reads (recipients' choices, accounts, the template, the shared
	 * versions behind the kept ones) and the claims in <em>one</em> transaction, committed before the SMTP session,
	 * and no transaction open while the mails go out (issue #21: a step's notice made a commit for its reads, one per
	 * claim and one for the sent mark; now one for reads and claims together). The claim is still committed before
	 * the send, which is what makes a mail single (issue #18). Call it from a listener that opens no transaction of
	 * its own ({@code propagation = NOT_SUPPORTED}), so that no connection is held while the SMTP server answers.
	 */
	void sendOnce(Object event, Composition composition) throws MessagingException {
		List<List<MimeMessage>> composed = new ArrayList<>(1);
		Claimed claimed;
		try {
			claimed = together.execute(status -> {
				try {
					composed.add(composition.compose());
					return claim(event, composed.get(0), claims::claimInCurrentTransaction);
				}
				catch (MessagingException e) {
					throw new ComposingFailed(e);
				}
			});
		}
		catch (ComposingFailed e) {
			throw e.getCause();
		}
		catch (DuplicateKeyException raced) {
			// Another delivery inserted one of the keys between our look and our insert (two nodes' retries at once).
			// That spoils a PostgreSQL transaction, so this rare case claims the mails already composed one by one,
			// each claim in a transaction of its own, as send(event, messages) does.
			if (composed.isEmpty()) {
				throw raced;
			}
			claimed = claim(event, composed.get(0), claims::claim);
		}
		sendClaimed(claimed);
	}

	/** Carries a composing failure out of the transaction callback, which takes no checked exception. */
	private static final class ComposingFailed extends RuntimeException {

		ComposingFailed(MessagingException cause) {
			super(cause);
		}

		@Override
		public synchronized MessagingException getCause() {
			return (MessagingException) super.getCause();
		}
	}

	/** The mails this delivery claimed (mail → key), and how many another delivery is sending right now. */
	private record Claimed(Map<MimeMessage, String> keys, int busy) {
	}

	private Claimed claim(Object event, List<MimeMessage> messages, Function<String, MailClaims.Claim> claimer)
			throws MessagingException {
		String eventKey = keys.ofEvent(event);
		Map<String, Integer> occurrences = new HashMap<>();
		Map<MimeMessage, String> claimed = new LinkedHashMap<>();
		int busy = 0;
		for (MimeMessage message : messages) {
			String address = message.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
			String key = MailKeys.ofMail(eventKey, address, occurrences.merge(address, 1, Integer::sum));
			message.setHeader("Message-ID", "<" + key + "@" + domain() + ">");
			switch (claimer.apply(key)) {
				case TAKEN -> claimed.put(message, key);
				case SENT_BEFORE -> log.info("Notice mail {} was sent before; not sent again", key);
				case BUSY -> busy++;
			}
		}
		return new Claimed(claimed, busy);
	}

	private void sendClaimed(Claimed claimed) {
		try {
			send(List.copyOf(claimed.keys().keySet()));
		}
		catch (MailException e) {
			claims.release(unsent(e, claimed.keys()));
			throw e;
		}
		claims.sent(claimed.keys().values());
		if (claimed.busy() > 0) {
			throw new IllegalStateException(claimed.busy() + " notice mail(s) of this event are being sent by another"
					+ " delivery; the event stays incomplete and the retry looks again");
		}
	}

	/** The keys of the mails the SMTP server did not take: all, unless it says which. */
	private static List<String> unsent(MailException e, Map<MimeMessage, String> claimed) {
		if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
			List<String> unsent = new ArrayList<>();
			send.getFailedMessages().keySet().forEach(message -> {
				String key = claimed.get(message);
				if (key != null) {
					unsent.add(key);
				}
			});
			return unsent;
		}
		return List.copyOf(claimed.values());
	}

	/** The right-hand side of a Message-ID: the sender address's domain, which is ours. */
	private String domain() {
		String from = settings.from();
		int at = from.lastIndexOf('@');
		String domain = at < 0 ? "" : from.substring(at + 1).replace(">", "").trim();
		return domain.isEmpty() ? "kyoyu" : domain;
	}

	/**
	 * Sends all in one SMTP session, without a claim: for mails that are not notice events (the password link,
	 * sent at once to the administrator who asked). Any failure throws.
	 */
	void send(List<MimeMessage> messages) {
		if (messages.isEmpty()) {
			return;
		}
		try {
			mail.send(messages.toArray(MimeMessage[]::new));
			sent.increment(messages.size());
		}
		catch (MailException e) {
			// kyoyu_mails_failed_total: each attempt counts, so an alert sees the failures while retries go on.
			failed.increment(messages.size());
			throw e;
		}
	}
}
