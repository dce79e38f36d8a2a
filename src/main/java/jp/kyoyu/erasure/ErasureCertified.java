package jp.kyoyu.erasure;

import java.util.List;

/**
 * A project's erasure ended and its certificate exists: the notification module mails it to the project's
 * 総括監督員 (issue #16). Only ids travel in the event (its JSON stays in the publication registry after the
 * project is gone); the mailer asks {@link ErasureManagement#issued(long)} for the name and the PDF.
 *
 * @param generalSupervisorIds the project's 総括監督員 when the erasure started
 */
public record ErasureCertified(long projectId, List<String> generalSupervisorIds) {
}
