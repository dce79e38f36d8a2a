package jp.kyoyu.proposal;

import java.util.List;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;

/**
 * A merged PDF that cannot be made as asked (a page range outside the file, a PDF that cannot be read): the API
 * answers 422 naming the file, before a single byte of the PDF is sent.
 */
public class BundleRefusedException extends InvalidInputException {

	public BundleRefusedException(List<FieldProblem> problems) {
		super(problems);
	}
}
