package jp.kyoyu.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.springframework.web.multipart.MultipartFile;

import jp.kyoyu.document.NewFile;
import jp.kyoyu.shared.web.ArrivingFiles;

/** A register form's files as the registry takes them: each opened only when the store is ready for it. */
final class NewFiles {

	private NewFiles() {
	}

	static Iterable<NewFile> of(ArrivingFiles files) {
		Iterator<MultipartFile> arriving = files.iterator();
		return () -> new Iterator<>() {

			/** The file handed out last: the store has read it when the next is asked for (a part file is closed). */
			private InputStream opened;

			@Override
			public boolean hasNext() {
				closeOpened();
				return arriving.hasNext();
			}

			@Override
			public NewFile next() {
				closeOpened();
				MultipartFile file = arriving.next();
				try {
					opened = file.getInputStream();
					return new NewFile(opened, file.getOriginalFilename(), file.getContentType());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}

			private void closeOpened() {
				if (opened != null) {
					try {
						opened.close();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
					opened = null;
				}
			}
		};
	}
}
