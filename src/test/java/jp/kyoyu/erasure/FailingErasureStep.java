package jp.kyoyu.erasure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;

/**
 * A step between the workflow and the proposals that fails the first time for the projects listed, so that
 * {@link ErasureIntegrationTests} can show a failed erasure being finished by the next sweep. A component of the
 * test classpath rather than an {@code @Import} of one test: every integration test shares one application context,
 * and a second context would start a second engine that takes the name "default" from the first in Camunda's static
 * registry (the webapps and engine-rest of the other tests then found another database's users and tasks).
 */
@Component
class FailingErasureStep implements ProjectErasure {

	static final Set<Long> PROJECTS = ConcurrentHashMap.newKeySet();

	@Override
	public String step() {
		return "test-fail-once";
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public ErasedItems erase(long projectId) {
		if (PROJECTS.remove(projectId)) {
			throw new IllegalStateException("injected failure");
		}
		return new ErasedItems(Map.of(), List.of(), List.of());
	}
}
