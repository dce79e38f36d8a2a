package jp.kyoyu.delivery;

/** Where an export job stands. */
public enum ExportStatus {

	RUNNING, DONE, FAILED
}
