package jp.kyoyu.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One user's choice for one kind of notice; kinds without a row are received. */
@Entity
@Table(name = "notification_preference")
class NoticePreference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String userId;

	@Enumerated(EnumType.STRING)
	private Notice notice;

	private boolean receive;

	protected NoticePreference() {
	}

	NoticePreference(String userId, Notice notice, boolean receive) {
		this.userId = userId;
		this.notice = notice;
		this.receive = receive;
	}

	Notice notice() {
		return notice;
	}

	boolean receive() {
		return receive;
	}

	void receive(boolean receive) {
		this.receive = receive;
	}
}
