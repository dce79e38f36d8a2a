package jp.kyoyu.document;

import java.time.Instant;
import java.util.List;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface UploadRepository extends JpaRepository<Upload, String> {

	List<Upload> findByUpdatedAtBefore(Instant before);

	/**
	 * The upload, its row locked ({@code SELECT … FOR UPDATE}) until the transaction ends: the lock every node
	 * respects while it appends a chunk or records the finished file (issue #18). A node that dies holding it loses
	 * its database connection, and the lock goes with it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Upload> findLockedById(String id);
}
