package jp.kyoyu.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	List<Proposal> findByProjectIdOrderByUpdatedAtDesc(long projectId);

	long countByProjectId(long projectId);
}
