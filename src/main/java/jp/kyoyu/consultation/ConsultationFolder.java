package jp.kyoyu.consultation;

/**
 * The shared folder of a matter (S4.12), where its material and comments are filed as documents; implemented by
 * the document module, which keeps the folder tree. An interface of this module, so that {@code document}
 * depends on {@code consultation} and not the other way round: {@code workflow} runs the matter's process and
 * calls this module, so a call from here into {@code document} would close a cycle through the module that
 * files approvals.
 */
public interface ConsultationFolder {

	/**
	 * Files a document into the matter's folder, made on first use, with files already in the store, which the
	 * folder then owns (the caller hands over copies of its own). Joins the caller's transaction.
	 */
	void file(ConsultationDocument document, String userId);
}
