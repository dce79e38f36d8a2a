package jp.kyoyu.delivery;

/** What an export produces: Kyoyu's own folders and names, the electronic deliverable (G-6), or the offline inspection package (G-7). */
public enum ExportKind {

	ZIP, DELIVERABLE, INSPECTION
}
