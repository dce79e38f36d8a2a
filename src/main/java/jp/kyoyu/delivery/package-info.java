/**
 * Output of a project's documents (C6.1, S6.1, G-6, G-7): a ZIP or a server directory keeping Kyoyu's folders
 * and names, the electronic deliverable laid out by a data-file profile and checked before it is written, and
 * the offline inspection package. Exports run in the background as jobs; the documents come through
 * {@link jp.kyoyu.delivery.ExportSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery and exports",
		allowedDependencies = { "shared", "identity", "project", "storage", "document" })
package jp.kyoyu.delivery;
