package jp.kyoyu.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FolderRepository extends JpaRepository<Folder, Long> {

	List<Folder> findByProjectIdOrderByPositionAscIdAsc(long projectId);
}
