/**
 * Notification mail (C2.8, C4.10, C4.15, C4.19, C4.20, S2.5): listens to the notice events of the board, the
 * proposals, the pre-consultations and the erasure at the contract's end (30/7/1 days before), fills the
 * master-data mail templates for the users who want that notice, and sends through SMTP after the commit. The
 * events are persisted publications, so a mail that fails while the SMTP server is down is retried later instead
 * of being lost; each user's preferences live here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "identity", "masterdata", "board", "proposal", "consultation", "erasure" })
package jp.kyoyu.notification;
