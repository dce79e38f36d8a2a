package jp.kyoyu.identity;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, String> {

	/**
	 * Marks the link used if it still may be: one UPDATE, so two submissions of the same link at once cannot
	 * both set a password. Answers 1 when this call used it.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordLink l set l.usedAt = :now where l.tokenHash = :tokenHash and l.usedAt is null"
			+ " and l.expiresAt > :now")
	int use(String tokenHash, Instant now);

	/** A new link replaces the user's earlier unused ones (used ones stay, to say "already used"). */
	@Modifying
	@Query("delete from PasswordLink l where l.userId = :userId and l.usedAt is null")
	void deleteUnusedOf(String userId);

	@Modifying
	@Query("delete from PasswordLink l where l.userId = :userId")
	void deleteByUserId(String userId);
}
