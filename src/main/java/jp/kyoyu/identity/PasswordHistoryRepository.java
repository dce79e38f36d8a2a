package jp.kyoyu.identity;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {

	List<PasswordHistoryEntry> findByUserIdOrderByCreatedAtDescIdDesc(String userId, Limit limit);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from PasswordHistoryEntry e where e.userId = :userId")
	void deleteByUserId(String userId);
}
