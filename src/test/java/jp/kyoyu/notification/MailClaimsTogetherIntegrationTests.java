package jp.kyoyu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.notification.MailClaims.Claim;

/**
 * The claims a notice takes in the transaction of its composing reads ({@link MailClaims#claimInCurrentTransaction},
 * issue #21) answer as the claims in transactions of their own did (issue #18): a new key is taken, a key sent before
 * is not sent again, a key another delivery is sending is busy until it is abandoned; and the claim is in the
 * database once that transaction commits, before anything is sent. No SMTP here: the mails themselves are
 * {@code MailDeduplicationIntegrationTests} (GreenMail on the fixed SMTP port the mail tests share).
 */
@SpringBootTest
class MailClaimsTogetherIntegrationTests {

	@Autowired
	MailClaims claims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aNewKeyIsTakenAndCommittedWithTheTransaction() {
		String key = key();

		Claim claim = inTransaction(key);

		assertThat(claim).isEqualTo(Claim.TAKEN);

		assertThat(state(key)).as("committed as SENDING before any send").containsExactly("SENDING");
	}

	@Test
	void aKeySentBeforeIsNotSentAgainAndTheTransactionStaysUsable() {
		String key = key();
		insert(key, "SENT", Instant.now().minusSeconds(3600));
		String other = key();

		List<Claim> answers = transaction.execute(status -> List.of(claims.claimInCurrentTransaction(key),
				claims.claimInCurrentTransaction(other)));

		assertThat(answers).containsExactly(Claim.SENT_BEFORE, Claim.TAKEN);
		assertThat(state(key)).containsExactly("SENT");
		assertThat(state(other)).as("the same transaction went on after meeting the existing key").containsExactly("SENDING");
	}

	@Test
	void aKeyAnotherDeliveryIsSendingIsBusyUntilAbandoned() {
		String busy = key();
		insert(busy, "SENDING", Instant.now());
		String abandoned = key();
		Instant longAgo = Instant.now().minus(MailClaims.ABANDONED_AFTER).minusSeconds(60);
		insert(abandoned, "SENDING", longAgo);

		assertThat(inTransaction(busy)).isEqualTo(Claim.BUSY);
		assertThat(inTransaction(abandoned)).isEqualTo(Claim.TAKEN);
		assertThat(jdbc.queryForObject("select claimed_at from notification_mail_claim where claim_key = ?",
				Timestamp.class, abandoned).toInstant()).as("taken over: the claim is ours from now").isAfter(longAgo);
	}

	@Test
	void aClaimRolledBackWithItsTransactionLeavesTheKeyFree() {
		String key = key();

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			claims.claimInCurrentTransaction(key);
			throw new IllegalStateException("composing failed after the claim");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(state(key)).as("nothing claimed, so the retry sends the mail").isEmpty();
		assertThat(claims.claim(key)).isEqualTo(Claim.TAKEN);
	}

	@Test
	void twoDeliveriesInsertingTheSameKeyAtOnceEndInDuplicateKeyForTheLaterOne() {
		// What MailComposer.sendOnce answers by claiming one by one: the race the INSERT's own look cannot see (the
		// other's row is not committed yet) is refused by the primary key, never taken twice.
		String key = key();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			claims.claimInCurrentTransaction(key);
			jdbc.update("insert into notification_mail_claim (claim_key, state, claimed_at) values (?, 'SENDING', ?)",
					key, Timestamp.from(Instant.now()));
		})).isInstanceOf(DuplicateKeyException.class);
		assertThat(state(key)).isEmpty();
	}

	private Claim inTransaction(String key) {
		return transaction.execute(status -> claims.claimInCurrentTransaction(key));
	}

	private static String key() {
		return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
	}

	private void insert(String key, String state, Instant claimedAt) {
		jdbc.update("insert into notification_mail_claim (claim_key, state, claimed_at) values (?, ?, ?)", key, state,
				Timestamp.from(claimedAt));
	}

	private List<String> state(String key) {
		return jdbc.queryForList("select state from notification_mail_claim where claim_key = ?", String.class, key);
	}
}
