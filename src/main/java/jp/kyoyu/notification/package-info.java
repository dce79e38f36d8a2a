/**
 * Notification mail (C2.8, S2.5): listens to the requests other modules publish, fills the master-data mail
 * templates and sends through SMTP after the commit. The requests are persisted events, so a mail that fails
 * while the SMTP server is down is sent again when the application restarts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "identity", "masterdata", "board", "consultation" })
package jp.kyoyu.notification;
