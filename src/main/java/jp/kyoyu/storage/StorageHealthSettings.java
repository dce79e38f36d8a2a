package jp.kyoyu.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kyoyu.storage.health.*}: below {@code minFreeSpace} free on the file store's volume the node reports
 * itself not ready (readiness DOWN), because the next large upload or export would fail half-way. A record of its
 * own rather than a field of {@link StorageSettings}, so the monitoring settings can be read apart.
 */
@ConfigurationProperties("kyoyu.storage.health")
record StorageHealthSettings(@DefaultValue("1GB") DataSize minFreeSpace) {
}
