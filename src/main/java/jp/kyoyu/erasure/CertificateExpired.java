package jp.kyoyu.erasure;

/**
 * The certificate's download period ({@code kyoyu.erasure.certificate-days} after the erasure) is over: 410, the
 * certificate existed and is no longer handed out (not 404, which would say it never was).
 */
public class CertificateExpired extends RuntimeException {

	public CertificateExpired(String message) {
		super(message);
	}
}
