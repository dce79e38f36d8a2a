package jp.kyoyu.portal;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every page's tab reads 「… - Kyoyu」 (issue #22). Each template writes its own title, some with the product's
 * name and most without; rather than touch some seventy templates that other changes edit too, the finished
 * page's {@code <title>} gets the suffix here when it does not end with it already.
 */
@Component
class PageTitleDialect extends AbstractDialect implements IPostProcessorDialect {

	static final String SUFFIX = " - Kyoyu";

	PageTitleDialect() {
		super("kyoyu-page-title");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, TitleSuffix.class, 1000));
	}

	/** Collects the text of the title element and writes it back with the suffix. */
	public static final class TitleSuffix extends AbstractTemplateHandler {

		private StringBuilder title;

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			super.handleOpenElement(tag);
			if (tag.getElementCompleteName().equalsIgnoreCase("title")) {
				title = new StringBuilder();
			}
		}

		@Override
		public void handleText(IText text) {
			if (title != null) {
				title.append(text.getText());
				return;
			}
			super.handleText(text);
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			if (title != null && tag.getElementCompleteName().equalsIgnoreCase("title")) {
				String text = title.toString().strip();
				title = null;
				String complete = text.isEmpty() ? SUFFIX.substring(3)
						: text.endsWith(SUFFIX.strip()) ? text : text + SUFFIX;
				super.handleText(getContext().getModelFactory().createText(complete));
			}
			super.handleCloseElement(tag);
		}
	}
}
