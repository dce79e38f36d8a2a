/**
 * Documents and folders of a project (C5, S5, G-4): a folder tree per project from a template of its kind,
 * documents registered with their files, approved proposals filed with their approval record, lists as
 * Excel/CSV and resumable uploads of large files. Other modules read it through {@link DocumentManagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "shared", "identity", "project", "storage", "proposal", "consultation" })
package jp.kyoyu.document;
