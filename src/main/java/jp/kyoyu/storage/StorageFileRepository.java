package jp.kyoyu.storage;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

// Claim and cleanup are single conditional statements, so a claim and an expiry of the same row cannot both win.
interface StorageFileRepository extends JpaRepository<StorageFile, Long> {

	/** A plaintext object from before encryption is needed while a row not yet migrated names it. */
	boolean existsBySha256AndEncryptedFalse(String sha256);

	/** An encrypted object is needed while any row of its project names it (one the migration is about to flip too). */
	boolean existsByProjectIdAndSha256(Long projectId, String sha256);

	@Modifying
	@Query("delete from StorageFile f where f.projectId = :projectId")
	int deleteByProject(Long projectId);

	/** The next rows the migration encrypts, lowest id first. */
	java.util.List<StorageFile> findTop50ByEncryptedFalseAndIdGreaterThanOrderById(long afterId);

	/** Flips a migrated row; 0 if it was released or flipped by another node meanwhile. */
	/** The next rows the storage verification reads, lowest id first. */
	java.util.List<StorageFile> findTop200ByStateAndIdGreaterThanOrderById(FileState state, long afterId);

	@Modifying
	@Query("update StorageFile f set f.encrypted = true, f.projectId = :projectId where f.id = :id and f.encrypted = false")
	int markEncrypted(long id, Long projectId);

	@Modifying
	@Query("update StorageFile f set f.state = jp.kyoyu.storage.FileState.CLAIMED where f.id = :id")
	int claim(long id);

	@Modifying
	@Query("delete from StorageFile f where f.id = :id")
	int release(long id);

	/** Only while nobody has claimed it: a claim that did commit keeps its file whatever the caller saw. */
	@Modifying
	@Query("delete from StorageFile f where f.id = :id and f.state = jp.kyoyu.storage.FileState.PENDING")
	int discardPending(long id);

	@Modifying
	@Query("delete from StorageFile f where f.state = jp.kyoyu.storage.FileState.PENDING and f.createdAt < :before")
	int deletePendingCreatedBefore(Instant before);
}
