package jp.kyoyu.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;

/**
 * The names of a form's uploaded files checked before the form's record is created, so that a refused name
 * re-shows the form with what the user typed instead of leaving a post or matter behind without its file.
 * The storage checks every name again ({@code FileStore}); this only moves the refusal earlier.
 */
public final class UploadNames {

	private UploadNames() {
	}

	/** One problem per file whose name holds a control or bidi character, under {@code field}. */
	public static List<FieldProblem> problems(String field, List<MultipartFile> files) {
		List<FieldProblem> problems = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			FieldProblem problem = file == null ? null : CleanText.fileNameProblem(field, file.getOriginalFilename());
			if (problem != null) {
				problems.add(problem);
			}
		}
		return problems;
	}
}
