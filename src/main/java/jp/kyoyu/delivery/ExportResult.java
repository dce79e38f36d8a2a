package jp.kyoyu.delivery;

import java.nio.file.Path;

/** A finished export to download: the name to offer and the file on the server. */
public record ExportResult(String name, Path file) {
}
