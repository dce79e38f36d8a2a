package jp.kyoyu.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claims on outgoing notice mails (table {@code notification_mail_claim}, V62): a node takes a mail's key with an
 * INSERT, committed at once and before the mail is sent, so every other node (and a second delivery of the same
 * event on this one) sees it. Each step commits on its own: a claim inside the listener's transaction would vanish
 * with a node that dies after sending, which is exactly the duplicate this prevents. The workflow notice claims with
 * {@link #claimInCurrentTransaction} inside the transaction of its composing reads instead, which commits before
 * the send just the same (issue #21: one commit for both).
 */
@Component
class MailClaims {

	/**
	 * How long a claim may stay SENDING before another delivery takes it over by default: the node that had it died
	 * mid-send. Far longer than one SMTP session can last (spring.mail timeouts: 10 s to connect, 30 s per read and
	 * write). {@code kyoyu.notification.mail-claim-abandoned-after} changes it (the two-node test waits 20 s, not 10 min).
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

	private final Duration abandonedAfter;

	/** What a claim answered. */
	enum Claim {
		/** Ours: send the mail, then {@link #sent} or {@link #release}. */
		TAKEN,
		/** Sent before: send nothing. */
		SENT_BEFORE,
		/** Another delivery is sending it now: send nothing, and try again later (it may still fail). */
		BUSY
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final Clock clock;

	MailClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, NotificationSettings settings) {
		this.abandonedAfter = settings.mailClaimAbandonedAfter();
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	Claim claim(String key) {
		Instant now = clock.instant();
		try {
			own.executeWithoutResult(status -> jdbc.update(
					"insert into notification_mail_claim (claim_key, state, claimed_at) values (?, 'SENDING', ?)", key,
					Timestamp.from(now)));
			return Claim.TAKEN;
		}
		catch (DuplicateKeyException taken) {
			// A failed INSERT spoils a PostgreSQL transaction, so the look at the existing claim has one of its own.
			return own.execute(status -> existing(key, now, () -> claim(key)));
		}
	}

	/**
	 * As {@link #claim}, in the caller's transaction, which must commit before the mail is sent
	 * ({@link MailComposer#sendOnce}: the composing reads and the claims, one commit). An existing key is skipped by the
	 * INSERT rather than refused, so the transaction stays usable for the look at it; only two deliveries inserting
	 * the same key at the same moment still end in a {@link DuplicateKeyException}, which the caller answers by
	 * claiming one by one.
	 */
	Claim claimInCurrentTransaction(String key) {
		Instant now = clock.instant();
		int inserted = jdbc.update("insert into notification_mail_claim (claim_key, state, claimed_at) "
				+ "select cast(? as varchar(64)), 'SENDING', cast(? as timestamp) "
				+ "where not exists (select 1 from notification_mail_claim where claim_key = ?)", key,
				Timestamp.from(now), key);
		if (inserted == 1) {
			return Claim.TAKEN;
		}
		return existing(key, now, () -> claimInCurrentTransaction(key));
	}

	private Claim existing(String key, Instant now, Supplier<Claim> afresh) {
		List<String> state = jdbc.queryForList("select state from notification_mail_claim where claim_key = ?",
				String.class, key);
		if (state.isEmpty()) {
			return afresh.get(); // released between our INSERT and this look: the send failed, so take it afresh
		}
		if ("SENT".equals(state.get(0))) {
			return Claim.SENT_BEFORE;
		}
		// Compare-and-set: of two nodes finding the same abandoned claim, one takes it over.
		int taken = jdbc.update("update notification_mail_claim set claimed_at = ? where claim_key = ? "
				+ "and state = 'SENDING' and claimed_at < ?", Timestamp.from(now), key,
				Timestamp.from(now.minus(abandonedAfter)));
		return taken == 1 ? Claim.TAKEN : Claim.BUSY;
	}

	void sent(Collection<String> keys) {
		own.executeWithoutResult(status -> keys.forEach(key -> jdbc
			.update("update notification_mail_claim set state = 'SENT' where claim_key = ?", key)));
	}

	/** The send failed: the keys are free again, so the retry sends these mails. */
	void release(Collection<String> keys) {
		own.executeWithoutResult(status -> keys.forEach(key -> jdbc
			.update("delete from notification_mail_claim where claim_key = ? and state = 'SENDING'", key)));
	}

	/** Forgets claims older than {@code age}; answers how many. */
	int forgetOlderThan(Duration age) {
		return own.execute(status -> jdbc.update("delete from notification_mail_claim where claimed_at < ?",
				Timestamp.from(clock.instant().minus(age))));
	}
}
