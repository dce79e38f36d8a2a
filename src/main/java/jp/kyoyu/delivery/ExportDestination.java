package jp.kyoyu.delivery;

/** Where the result goes: a ZIP to download, or a directory below the configured base directory on the server (for writing to external media). */
public enum ExportDestination {

	DOWNLOAD, SERVER_DIRECTORY
}
