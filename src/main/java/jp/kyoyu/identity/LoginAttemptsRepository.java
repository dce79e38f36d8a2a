package jp.kyoyu.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginAttemptsRepository extends JpaRepository<LoginAttempts, String> {
}
