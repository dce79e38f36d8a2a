/**
 * Bulletin board (掲示板, C2, S2): posts of a project with replies and files, seen by the whole project or by
 * chosen users and groups, read marks for the unread list at login, search, users' own groups and the view
 * over several projects. A post a user may not see does not exist for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulletin board",
		allowedDependencies = { "shared", "identity", "project", "storage", "privacy" })
package jp.kyoyu.board;
