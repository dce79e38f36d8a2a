package jp.kyoyu.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticePreferenceRepository extends JpaRepository<NoticePreference, Long> {

	List<NoticePreference> findByUserId(String userId);

	Optional<NoticePreference> findByUserIdAndNotice(String userId, Notice notice);

	void deleteByUserId(String userId);
}
