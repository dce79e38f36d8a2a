package jp.kyoyu.document;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UploadRepository extends JpaRepository<Upload, String> {

	List<Upload> findByUpdatedAtBefore(Instant before);
}
