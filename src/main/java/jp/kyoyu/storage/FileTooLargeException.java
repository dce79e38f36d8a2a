package jp.kyoyu.storage;

import org.springframework.util.unit.DataSize;

import jp.kyoyu.shared.PayloadTooLargeException;

/** An upload went past {@code kyoyu.storage.max-file-size}; nothing of it was kept. Answered with 413. */
public class FileTooLargeException extends PayloadTooLargeException {

	private final DataSize limit;

	public FileTooLargeException(DataSize limit) {
		super(limit);
		this.limit = limit;
	}

	public DataSize limit() {
		return limit;
	}
}
