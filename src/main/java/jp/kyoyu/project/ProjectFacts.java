package jp.kyoyu.project;

import java.util.Map;

/**
 * Lines other modules add to the project page, label → text (e.g. the erasure module's データ消去予定日, which
 * every member must see, G-5). Called after the page checked that the viewer may see the project.
 */
public interface ProjectFacts {

	Map<String, String> facts(long projectId);
}
