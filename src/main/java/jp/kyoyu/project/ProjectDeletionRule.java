package jp.kyoyu.project;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.Wording;

/**
 * A project may only be deleted while no module keeps data in it: deleting posts or documents one click away
 * would bypass the recorded erasure at contract end (G-5, X12).
 */
@Component
class ProjectDeletionRule {

	// Asked at deletion time, not at start-up: the modules that hold data depend on this one.
	private final Supplier<Stream<ProjectContents>> contents;

	@Autowired
	ProjectDeletionRule(ObjectProvider<ProjectContents> contents) {
		this(contents::orderedStream);
	}

	ProjectDeletionRule(Supplier<Stream<ProjectContents>> contents) {
		this.contents = contents;
	}

	/** Refuses with a 403 that says what is left and what to do instead. */
	void check(long projectId) {
		List<String> remaining = contents.get()
			.map(content -> new Remaining(content.label(), content.count(projectId)))
			.filter(remainder -> remainder.count() > 0)
			.map(remainder -> Wording.of("project.delete.remaining", remainder.label(), remainder.count()))
			.toList();
		if (!remaining.isEmpty()) {
			throw new ForbiddenException(Wording.of("project.delete.not-empty", String.join("、", remaining)));
		}
	}

	private record Remaining(String label, long count) {
	}
}
