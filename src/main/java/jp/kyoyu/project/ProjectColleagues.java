package jp.kyoyu.project;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.Colleagues;

/** Identity's question "who works with this user?" answered from the projects' members. */
@Component
class ProjectColleagues implements Colleagues {

	private final ProjectMemberRepository members;

	ProjectColleagues(ProjectMemberRepository members) {
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> of(String userId) {
		return Set.copyOf(members.colleaguesOf(userId));
	}
}
