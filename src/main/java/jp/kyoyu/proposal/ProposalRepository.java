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

	/** Id, type key, title and status: the light columns a list filters and sorts by (type key named later). */
	@Query("select p.id, p.typeKey, p.title, p.status from Proposal p where p.projectId in ?1"
			+ " and p.status <> jp.kyoyu.proposal.ProposalStatus.DRAFT")
	List<Object[]> linesOf(Collection<Long> projectIds);

	@Query("select p.id, p.typeKey, p.title, p.status from Proposal p where p.projectId in ?1 and p.status = ?2")
	List<Object[]> linesOf(Collection<Long> projectIds, ProposalStatus status);

	@Query("select p.id, p.typeKey, p.title, p.status from Proposal p where p.id in ?1")
	List<Object[]> linesById(Collection<Long> ids);

	@Query("select distinct p.typeKey from Proposal p where p.projectId in ?1"
			+ " and p.status <> jp.kyoyu.proposal.ProposalStatus.DRAFT")
	List<String> submittedTypeKeys(Collection<Long> projectIds);
}
