package jp.kyoyu.consultation;

/**
 * What a matter tells the process that runs its stage, implemented by the {@code workflow} module, which keeps
 * the engine. An interface of this module rather than events, because each call must run in the caller's
 * transaction and its failure must undo the change (a refused conversion is the caller's 400/403), and a
 * conversion needs the proposal the process made. The process's steps come back through
 * {@link ConsultationManagement}'s step methods, so this module knows no engine, model or message name.
 */
public interface ConsultationProcess {

	/** A matter was registered: its process starts. */
	void registered(long matterId, String actor);

	void commented(long matterId, long commentId, String actor);

	void agreed(long matterId, String actor);

	/** Any member asked for a proposal of {@code proposalType}; the process's decision step makes it. */
	void conversionRequested(long matterId, String proposalType, String actor);

	void withdrawn(long matterId, String actor);

	/** Removes the matter's process, running and finished, at the project's erasure; returns how many went. */
	long erase(long matterId);
}
