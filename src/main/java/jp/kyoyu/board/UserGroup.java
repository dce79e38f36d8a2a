package jp.kyoyu.board;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A group of users that one user made to follow the boards of its members' projects (C2.9). */
@Entity
@Table(name = "board_user_group")
class UserGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ownerUserId;

	private String name;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_user_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "user_id")
	private List<String> members = new ArrayList<>();

	protected UserGroup() {
	}

	UserGroup(String ownerUserId, String name, List<String> members) {
		this.ownerUserId = ownerUserId;
		this.name = name;
		this.members.addAll(members);
	}

	long id() {
		return id;
	}

	String ownerUserId() {
		return ownerUserId;
	}

	String name() {
		return name;
	}

	List<String> members() {
		return List.copyOf(members);
	}
}
