package jp.kyoyu.masterdata;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplateEntity, Long> {

	Optional<MailTemplateEntity> findByKey(String key);

	List<MailTemplateEntity> findAllByOrderByKey();
}
