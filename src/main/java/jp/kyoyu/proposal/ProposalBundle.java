package jp.kyoyu.proposal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.shared.pdf.JapaneseFont;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;

/**
 * The merged PDF of a proposal (C3.10): its own PDF as the cover, then its PDF and image attachments in the order
 * the user sets, each with its page range and one bookmark per file; attachments that are not PDF or images (Word,
 * Excel, ...) are listed on a last page as such. Everything is read and checked before the first byte goes out,
 * so a bad range is a 422 naming the file, not a broken download; PDFBox keeps its scratch in temporary files, so
 * large drawings do not fill the heap.
 */
@Service
public class ProposalBundle {

	private static final float MARGIN = 28;

	private final ProposalManagement proposals;

	private final ProposalAccess access;

	private final AttachmentRepository attachments;

	private final FileStore files;

	ProposalBundle(ProposalManagement proposals, ProposalAccess access, AttachmentRepository attachments,
			FileStore files) {
		this.proposals = proposals;
		this.access = access;
		this.attachments = attachments;
		this.files = files;
	}

	/** A merged PDF ready to be written; closing it lets go of the files read for it. */
	public interface Merged extends Closeable {

		void writeTo(OutputStream out) throws IOException;

		/** 「件名_まとめ.pdf」 */
		String fileName();
	}

	/**
	 * Reads and checks everything; {@code parts} null = every attachment in its order, every page; empty = the
	 * cover alone.
	 *
	 * @throws BundleRefusedException (422) naming the file whose range or content is wrong
	 */
	@Transactional(readOnly = true)
	public Merged merge(long proposalId, List<BundlePart> parts, String userId) {
		access.readable(proposalId, userId);
		ProposalView proposal = proposals.get(proposalId, userId);
		List<Attachment> all = attachments.findByProposalIdOrderByPositionAscIdAsc(proposalId);
		Map<Long, Attachment> byId = all.stream().collect(Collectors.toMap(Attachment::id, Function.identity()));
		List<BundlePart> asked = parts == null ? all.stream().map(a -> new BundlePart(a.id(), null)).toList()
				: parts;
		List<FieldProblem> problems = new ArrayList<>();
		List<Closeable> opened = new ArrayList<>();
		try {
			PDDocument result = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
			opened.add(result);
			PDDocumentOutline outline = new PDDocumentOutline();
			result.getDocumentCatalog().setDocumentOutline(outline);
			PDDocument cover = Loader.loadPDF(proposals.pdf(proposalId, userId));
			opened.add(cover);
			append(result, outline, cover, PageRanges.pages(null, cover.getNumberOfPages()),
					Wording.japanese("proposal.bundle.cover", proposal.typeName(), proposal.title()));
			List<Attachment> listed = new ArrayList<>();
			for (BundlePart part : asked) {
				Attachment attachment = byId.get(part.attachmentId());
				if (attachment == null) {
					problems.add(new FieldProblem("parts",
							Wording.of("proposal.bundle.unknown", String.valueOf(part.attachmentId()))));
					continue;
				}
				StoredFile stored = files.get(attachment.fileId());
				switch (kindOf(attachment.name(), stored.contentType())) {
					case PDF -> pdf(result, outline, attachment, part, opened, problems);
					case IMAGE -> image(result, outline, attachment, part, problems);
					default -> {
						if (part.pages() != null && !part.pages().isBlank()) {
							problems.add(new FieldProblem("parts",
									Wording.of("proposal.bundle.notPaged", attachment.name())));
						}
						listed.add(attachment);
					}
				}
			}
			if (!problems.isEmpty()) {
				throw new BundleRefusedException(problems);
			}
			if (!listed.isEmpty()) {
				PDDocument list = Loader.loadPDF(listing(listed));
				opened.add(list);
				append(result, outline, list, PageRanges.pages(null, list.getNumberOfPages()),
						Wording.japanese("proposal.bundle.listed"));
			}
			String fileName = Wording.japanese("proposal.bundle.fileName", proposal.title());
			return new Merged() {

				@Override
				public void writeTo(OutputStream out) throws IOException {
					result.save(out);
				}

				@Override
				public String fileName() {
					return fileName;
				}

				@Override
				public void close() {
					closeAll(opened);
				}
			};
		}
		catch (IOException e) {
			closeAll(opened);
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			closeAll(opened);
			throw e;
		}
	}

	private enum Kind {
		PDF, IMAGE, OTHER
	}

	private static Kind kindOf(String name, String contentType) {
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		if (type.equals("application/pdf") || lower.endsWith(".pdf")) {
			return Kind.PDF;
		}
		if (type.equals("image/jpeg") || type.equals("image/png") || lower.matches(".*\\.(jpe?g|png)$")) {
			return Kind.IMAGE;
		}
		return Kind.OTHER;
	}

	private void pdf(PDDocument result, PDDocumentOutline outline, Attachment attachment, BundlePart part,
			List<Closeable> opened, List<FieldProblem> problems) throws IOException {
		PDDocument source;
		try (InputStream in = open(attachment)) {
			source = Loader.loadPDF(new RandomAccessReadBuffer(in));
		}
		catch (IOException e) {
			problems.add(new FieldProblem("parts", Wording.of("proposal.bundle.unreadable", attachment.name())));
			return;
		}
		opened.add(source);
		if (source.isEncrypted()) {
			problems.add(new FieldProblem("parts", Wording.of("proposal.bundle.unreadable", attachment.name())));
			return;
		}
		List<Integer> pages = PageRanges.pages(part.pages(), source.getNumberOfPages());
		if (pages == null) {
			problems.add(new FieldProblem("parts", Wording.of("proposal.bundle.badRange", attachment.name(),
					part.pages(), source.getNumberOfPages())));
			return;
		}
		if (problems.isEmpty()) {
			append(result, outline, source, pages, attachment.name());
		}
	}

	/** An image on an A4 page of its own orientation, scaled to fit inside the margins. */
	private void image(PDDocument result, PDDocumentOutline outline, Attachment attachment, BundlePart part,
			List<FieldProblem> problems) throws IOException {
		if (PageRanges.pages(part.pages(), 1) == null) {
			problems.add(new FieldProblem("parts",
					Wording.of("proposal.bundle.badRange", attachment.name(), part.pages(), 1)));
			return;
		}
		PDImageXObject image;
		try (InputStream in = open(attachment)) {
			image = PDImageXObject.createFromByteArray(result, in.readAllBytes(), attachment.name());
		}
		catch (IOException | IllegalArgumentException e) {
			problems.add(new FieldProblem("parts", Wording.of("proposal.bundle.unreadable", attachment.name())));
			return;
		}
		if (!problems.isEmpty()) {
			return;
		}
		boolean landscape = image.getWidth() > image.getHeight();
		PDRectangle box = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
				: PDRectangle.A4;
		PDPage page = new PDPage(box);
		result.addPage(page);
		float scale = Math.min((box.getWidth() - 2 * MARGIN) / image.getWidth(),
				(box.getHeight() - 2 * MARGIN) / image.getHeight());
		float width = image.getWidth() * scale;
		float height = image.getHeight() * scale;
		try (PDPageContentStream content = new PDPageContentStream(result, page)) {
			content.drawImage(image, (box.getWidth() - width) / 2, (box.getHeight() - height) / 2, width, height);
		}
		bookmark(outline, page, attachment.name());
	}

	private InputStream open(Attachment attachment) throws IOException {
		Resource resource = files.open(attachment.fileId());
		return resource.getInputStream();
	}

	private static void append(PDDocument result, PDDocumentOutline outline, PDDocument source, List<Integer> pages,
			String title) throws IOException {
		PDPage first = null;
		for (int index : pages) {
			// imported as is: the page keeps the source's resources, so the source stays open until the save
			PDPage page = result.importPage(source.getPage(index));
			if (first == null) {
				first = page;
			}
		}
		if (first != null) {
			bookmark(outline, first, title);
		}
	}

	private static void bookmark(PDDocumentOutline outline, PDPage page, String title) {
		PDPageFitDestination destination = new PDPageFitDestination();
		destination.setPage(page);
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(title);
		item.setDestination(destination);
		outline.addLast(item);
	}

	/** The page naming the attachments that cannot go into a PDF (Word, Excel, ...), in the order asked. */
	private static byte[] listing(List<Attachment> listed) throws IOException {
		return JapaneseFont.print((document, font) -> {
			try (A4Pages out = new A4Pages(document, font)) {
				out.write(Wording.japanese("proposal.bundle.listed"), 14, 0);
				out.write(Wording.japanese("proposal.bundle.listedHint"), 10.5f, 0);
				out.gap(8);
				int n = 1;
				for (Attachment a : listed) {
					out.write(Wording.japanese("proposal.bundle.listedLine", n++, a.name(), a.kind().label()), 10.5f, 0);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		});
	}

	private static void closeAll(List<Closeable> opened) {
		for (Closeable c : opened) {
			try {
				c.close();
			}
			catch (IOException e) {
				// closing what was only read: nothing to save
			}
		}
	}
}
