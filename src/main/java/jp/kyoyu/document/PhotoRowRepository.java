package jp.kyoyu.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRowRepository extends JpaRepository<PhotoRow, Long> {

	List<PhotoRow> findByDocumentIdIn(Collection<Long> documentIds);
}
