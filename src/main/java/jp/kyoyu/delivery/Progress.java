package jp.kyoyu.delivery;

/** Bytes written so far against the total, reported to the job as a percentage. */
interface Progress {

	Progress NONE = bytes -> { };

	void add(long bytes);
}
