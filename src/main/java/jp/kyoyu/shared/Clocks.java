package jp.kyoyu.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Japan's time zone; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
class Clocks {

	/** Dates shown to users and business days are always counted in Japan. */
	public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@Bean
	Clock clock() {
		return Clock.system(JAPAN);
	}
}
