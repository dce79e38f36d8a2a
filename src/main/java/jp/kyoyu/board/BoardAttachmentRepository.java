package jp.kyoyu.board;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardAttachmentRepository extends JpaRepository<BoardAttachment, Long> {

	List<BoardAttachment> findByPostIdOrderById(long postId);

	Optional<BoardAttachment> findByIdAndPostId(long id, long postId);
}
