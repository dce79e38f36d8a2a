package jp.kyoyu.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	/** The tokens a user still holds (revoked ones are gone from the list; expired ones stay until revoked). */
	List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(String userId);

	Optional<ApiToken> findByIdAndUserIdAndRevokedAtIsNull(long id, String userId);

	/**
	 * Records a use if the last one on record is older than {@code staleBefore}: one conditional UPDATE, so of
	 * parallel requests with the same token only one writes (and only that one may announce a first use).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
			+ " and (t.lastUsedAt is null or t.lastUsedAt <= :staleBefore)")
	int recordUse(long id, Instant now, Instant staleBefore);

	@Modifying
	@Query("delete from ApiToken t where t.userId = :userId")
	void deleteByUserId(String userId);
}
