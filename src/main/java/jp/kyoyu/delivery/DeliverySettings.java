package jp.kyoyu.delivery;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyoyu.delivery.*}: where export results are kept and for how long, the base directory for
 * "write to the server" (external media; unset = not offered), and an optional directory of corrected
 * deliverable profiles and DTDs.
 */
@ConfigurationProperties("kyoyu.delivery")
record DeliverySettings(@DefaultValue("./data/exports") Path directory, Path mediaDirectory,
		Path profileDirectory, @DefaultValue("P7D") Duration keep) {
}
