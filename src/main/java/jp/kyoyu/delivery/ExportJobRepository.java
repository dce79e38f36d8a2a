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

	List<ExportJob> findByCreatedAtBefore(Instant before);

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
