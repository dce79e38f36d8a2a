package jp.kyoyu.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface PrivacyCheckRepository extends JpaRepository<PrivacyCheck, SensitiveKind> {
}
