package jp.kyoyu.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentEntryRepository extends JpaRepository<DocumentEntry, Long> {

	List<DocumentEntry> findByProjectId(long projectId);

	List<DocumentEntry> findByFolderIdIn(Collection<Long> folderIds);

	long countByProjectId(long projectId);

	Optional<DocumentEntry> findByProposalId(long proposalId);
}
