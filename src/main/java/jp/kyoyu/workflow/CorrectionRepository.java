package jp.kyoyu.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CorrectionRepository extends JpaRepository<CorrectionEntry, Long> {

	@Query("select c from CorrectionEntry c where c.proposalId = ?1 order by c.correctedAt, c.id")
	List<CorrectionEntry> of(long proposalId);
}
