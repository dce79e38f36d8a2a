package jp.kyoyu.document;

import java.io.InputStream;

/** A file arriving with a registration (a multipart part): read once, straight into the storage module. */
public record NewFile(InputStream content, String name, String contentType) {
}
