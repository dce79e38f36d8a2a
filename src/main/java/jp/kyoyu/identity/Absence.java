package jp.kyoyu.identity;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One registered absence period of a user, with the deputy who acts meanwhile (C4.21). */
@Entity
@Table(name = "identity_absence")
class Absence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String userId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String deputyUserId;

	private String note;

	protected Absence() {
	}

	Absence(String userId, AbsencePeriod period) {
		this.userId = userId;
		this.startsOn = period.from();
		this.endsOn = period.to();
		this.deputyUserId = period.deputyUserId();
	}

	String userId() {
		return userId;
	}

	AbsencePeriod period() {
		return new AbsencePeriod(startsOn, endsOn, deputyUserId);
	}
}
