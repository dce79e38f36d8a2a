package jp.kyoyu.delivery;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code kyoyu_export_duration_seconds{kind,status}}: how long the background work of an export took (from the
 * runner picking it up to the result being written or the export failing); {@code kyoyu_export_size_bytes{kind}}:
 * the bytes of content a finished export wrote (the files and generated documents, before the ZIP's few headers).
 * Recorded by {@link ExportRunner}, the one place that sees both the start and the end.
 */
@Component
class ExportMetrics {

	private final MeterRegistry registry;

	ExportMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void finished(ExportKind kind, ExportStatus status, Duration took, long bytes) {
		Timer.builder("kyoyu.export.duration")
			.description("Background work of one export")
			.tag("kind", kind.name())
			.tag("status", status.name())
			.register(registry)
			.record(took);
		if (status == ExportStatus.DONE) {
			DistributionSummary.builder("kyoyu.export.size")
				.baseUnit("bytes")
				.description("Content bytes written by a finished export")
				.tag("kind", kind.name())
				.register(registry)
				.record(bytes);
		}
	}
}
