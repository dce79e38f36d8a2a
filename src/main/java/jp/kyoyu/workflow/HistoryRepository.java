package jp.kyoyu.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

	@Query("select h from HistoryEntry h where h.proposalId = ?1 order by h.at, h.id")
	List<HistoryEntry> of(long proposalId);
}
