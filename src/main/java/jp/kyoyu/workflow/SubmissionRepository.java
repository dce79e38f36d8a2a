package jp.kyoyu.workflow;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

	@Query("select s from Submission s where s.projectId in ?1")
	List<Submission> findByProjects(Collection<Long> projectIds);

	@Query("select new jp.kyoyu.workflow.SubmissionKeys(s.proposalId, s.projectId, s.submittedAt, s.requestedAnswerOn,"
			+ " s.receivedOn, s.plannedAnswerOn, s.interimAnswerOn, s.finalAnswerOn, s.titleSnapshot, s.importance)"
			+ " from Submission s where s.projectId in ?1")
	List<SubmissionKeys> keysOf(Collection<Long> projectIds);

	/** Route and position of each submission: which step holds it now (the status sort's 承認中 / 閲覧中). */
	@Query("select s.proposalId, s.routeJson, s.currentIndex from Submission s where s.projectId in ?1")
	List<Object[]> positionsOf(Collection<Long> projectIds);
}
