package jp.kyoyu.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

	/** Serialises actions on one proposal: a second approver or a double click waits, then finds the step done. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Submission s where s.proposalId = ?1")
	Optional<Submission> lock(long proposalId);

	@Query("select s from Submission s where s.projectId in ?1")
	List<Submission> findByProjects(Collection<Long> projectIds);
}
