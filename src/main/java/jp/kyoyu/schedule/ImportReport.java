package jp.kyoyu.schedule;

import java.util.List;

import jp.kyoyu.shared.FieldProblem;

/**
 * What an import did, or in a preview ({@code dryRun}) would do. {@code errors} lists events that could not be
 * read; the rest of the file is still imported.
 */
public record ImportReport(int added, int updated, int removed, int skipped, List<FieldProblem> errors,
		List<ImportLine> lines) {

	static ImportReport of(List<ImportLine> lines, List<FieldProblem> errors) {
		return new ImportReport(count(lines, ImportAction.ADD), count(lines, ImportAction.UPDATE),
				count(lines, ImportAction.REMOVE), count(lines, ImportAction.SKIP), List.copyOf(errors),
				List.copyOf(lines));
	}

	/** Whether importing would change anything. */
	public boolean changesSomething() {
		return added + updated + removed > 0;
	}

	private static int count(List<ImportLine> lines, ImportAction action) {
		return (int) lines.stream().filter(line -> line.action() == action).count();
	}
}
