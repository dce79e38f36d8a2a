package jp.kyoyu.board;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One user ({@code USER}) or Camunda group ({@code GROUP}) that may see a restricted post. */
@Entity
@Table(name = "board_audience")
class Audience {

	static final String USER = "USER";

	static final String GROUP = "GROUP";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postId;

	private String kind;

	private String ref;

	protected Audience() {
	}

	Audience(long postId, String kind, String ref) {
		this.postId = postId;
		this.kind = kind;
		this.ref = ref;
	}

	String kind() {
		return kind;
	}

	String ref() {
		return ref;
	}
}
