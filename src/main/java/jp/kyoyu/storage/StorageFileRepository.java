package jp.kyoyu.storage;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

// Claim and cleanup are single conditional statements, so a claim and an expiry of the same row cannot both win.
interface StorageFileRepository extends JpaRepository<StorageFile, Long> {

	boolean existsBySha256(String sha256);

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
