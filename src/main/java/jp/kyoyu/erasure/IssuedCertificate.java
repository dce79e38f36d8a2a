package jp.kyoyu.erasure;

import java.time.Instant;

/** An erased project's certificate as the mail carries it: what to call it, when it was erased, the PDF. */
public record IssuedCertificate(long projectId, String projectName, Instant erasedAt, int downloadDays, byte[] pdf) {
}
