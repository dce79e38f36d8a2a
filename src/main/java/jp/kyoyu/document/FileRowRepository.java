package jp.kyoyu.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FileRowRepository extends JpaRepository<FileRow, Long> {

	List<FileRow> findByDocumentIdInOrderByDocumentIdAscPositionAsc(Collection<Long> documentIds);
}
