package jp.kyoyu.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MatterRepository extends JpaRepository<Matter, Long> {

	List<Matter> findByProjectIdOrderByUpdatedAtDescIdDesc(long projectId);

	Optional<Matter> findByProposalId(long proposalId);

	boolean existsByProjectId(long projectId);
}
