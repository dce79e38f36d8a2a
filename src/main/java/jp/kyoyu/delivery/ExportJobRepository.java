package jp.kyoyu.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ExportJobRepository extends JpaRepository<ExportJob, Long> {

	List<ExportJob> findTop20ByProjectIdOrderByCreatedAtDesc(long projectId);

	List<ExportJob> findByStatus(ExportStatus status);

	/**
	 * The finished jobs requested before {@code before} whose results were not deleted yet: a running one (a node
	 * still on it, or one the minutely check fails soon) is left to a later round.
	 */
	@Query("select j from ExportJob j where j.createdAt < :before and j.resultsDeletedAt is null"
			+ " and j.status <> 'RUNNING' order by j.id")
	List<ExportJob> findResultsToDelete(Instant before);

	@Modifying
	@Transactional
	@Query("update ExportJob j set j.resultsDeletedAt = :now where j.id = :id")
	int resultsDeleted(long id, Instant now);

	/** One statement, so the background thread never overwrites what the job row says otherwise. */
	@Modifying
	@Transactional
	@Query("update ExportJob j set j.progress = :progress where j.id = :id and j.status = 'RUNNING'")
	int updateProgress(long id, int progress);

	/** The running node's sign of life for the jobs it holds (issue #18). */
	@Modifying
	@Transactional
	@Query("update ExportJob j set j.heartbeatAt = :now where j.id in :ids and j.status = 'RUNNING'")
	int beat(Collection<Long> ids, Instant now);
}
