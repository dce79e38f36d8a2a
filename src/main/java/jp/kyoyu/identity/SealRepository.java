package jp.kyoyu.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface SealRepository extends JpaRepository<Seal, String> {
}
