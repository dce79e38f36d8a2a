package jp.kyoyu.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalRowRepository extends JpaRepository<ApprovalRow, Long> {

	List<ApprovalRow> findByDocumentIdInOrderByDocumentIdAscPositionAsc(Collection<Long> documentIds);

	long countByDocumentId(long documentId);
}
