package jp.kyoyu.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<RevisionEntry, Long> {

	@Query("select r from RevisionEntry r where r.proposalId = ?1 order by r.number")
	List<RevisionEntry> of(long proposalId);
}
