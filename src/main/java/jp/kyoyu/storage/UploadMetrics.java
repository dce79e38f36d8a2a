package jp.kyoyu.storage;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kyoyu.shared.AfterCommit;

/**
 * {@code kyoyu_upload_size_bytes} (count and sum): every file that reached the store, counted once its row is
 * committed, so the sum is the bytes the store grew by through uploads (docs/monitoring.md).
 */
@Component
class UploadMetrics {

	private final DistributionSummary uploads;

	UploadMetrics(MeterRegistry registry) {
		this.uploads = DistributionSummary.builder("kyoyu.upload.size")
			.baseUnit("bytes")
			.description("Files stored (uploads of every module), by size")
			.register(registry);
	}

	@EventListener
	void stored(FileStored file) {
		AfterCommit.run(() -> uploads.record(file.size()));
	}
}
