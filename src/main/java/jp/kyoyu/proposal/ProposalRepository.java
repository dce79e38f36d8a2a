package jp.kyoyu.proposal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	List<Proposal> findByProjectIdOrderByUpdatedAtDesc(long projectId);

	long countByProjectId(long projectId);

	@Query("select p.id from Proposal p where p.projectId in ?1 and p.status = ?2")
	List<Long> idsWithStatus(Collection<Long> projectIds, ProposalStatus status);
}
