package jp.kyoyu.delivery;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A ZIP file written entry by entry. Entries are STORED, like {@code zip -0}: documents are mostly PDF and
 * JPEG, which do not shrink, and storing runs at disk speed. Because the target is a file (seekable), the CRC
 * and size of each entry are patched into its header afterwards, so every byte is read once. Names are UTF-8
 * with the language-encoding flag (bit 11, read by Windows 10 and later, macOS and Linux) and an Info-ZIP
 * Unicode path field for older unzip tools that read only that; Zip64 is used as needed (entries or totals
 * over 4 GB, more than 65,535 entries).
 */
final class ZipSink implements ExportSink {

	private final ZipArchiveOutputStream zip;

	ZipSink(Path target) throws IOException {
		zip = new ZipArchiveOutputStream(target);
		zip.setEncoding("UTF-8");
		zip.setUseLanguageEncodingFlag(true);
		zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.ALWAYS);
		zip.setUseZip64(Zip64Mode.AsNeeded);
		zip.setMethod(ZipEntry.STORED);
	}

	@Override
	public void directory(String path) throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(path.endsWith("/") ? path : path + "/");
		zip.putArchiveEntry(entry);
		zip.closeArchiveEntry();
	}

	@Override
	public OutputStream file(String path, long size) throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(path);
		entry.setMethod(ZipEntry.STORED);
		if (size >= 0) {
			entry.setSize(size);
		}
		zip.putArchiveEntry(entry);
		return new FilterOutputStream(zip) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				zip.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				zip.closeArchiveEntry();
			}
		};
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}
}
