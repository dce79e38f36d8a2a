package jp.kyoyu.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationOptionRepository extends JpaRepository<NotificationOption, String> {
}
