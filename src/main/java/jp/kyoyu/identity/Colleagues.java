package jp.kyoyu.identity;

import java.util.Set;

/**
 * Who works with whom: the users who share a project with a user. Projects belong to the project module, which
 * reads identity, so identity asks through this interface and the project module answers it. Camunda's surface
 * shows a non-administrator only the people they work with ({@link CamundaColleaguesOnly}).
 */
public interface Colleagues {

	/** The users who are members of a (not frozen) project the user is a member of; the user among them or not. */
	Set<String> of(String userId);
}
