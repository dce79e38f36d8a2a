package jp.kyoyu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kyoyu.demo.*}: whether this installation is a demo (data on first start, banner). */
@ConfigurationProperties("kyoyu.demo")
record DemoSettings(@DefaultValue("false") boolean enabled) {
}
