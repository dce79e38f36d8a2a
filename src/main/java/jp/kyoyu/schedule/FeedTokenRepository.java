package jp.kyoyu.schedule;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedTokenRepository extends JpaRepository<FeedToken, String> {

	Optional<FeedToken> findByToken(String token);
}
