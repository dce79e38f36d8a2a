package jp.kyoyu.shared.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;

/** Shows the Japanese error pages, with the exception's own message, for the portal's HTML screens. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException e) {
		return new ModelAndView("error/404").addObject("message", e.getMessage());
	}

	/** Input a page cannot re-show (a tampered select value, say) still gets a Japanese answer, not a 500. */
	@ExceptionHandler(jp.kyoyu.shared.InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView invalid(jp.kyoyu.shared.InvalidInputException e) {
		return new ModelAndView("error/400").addObject("message",
				e.problems().stream().map(jp.kyoyu.shared.FieldProblem::message).collect(
						java.util.stream.Collectors.joining(" ")));
	}

	/** A too-large upload from a page: the page says the limit instead of failing. */
	@ExceptionHandler(jp.kyoyu.shared.PayloadTooLargeException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge(jp.kyoyu.shared.PayloadTooLargeException e) {
		return new ModelAndView("error/413").addObject("message", e.getMessage());
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView uploadTooLarge() {
		return new ModelAndView("error/413");
	}

	/**
	 * A stale or overlapping change that the page did not catch itself (pages with a form re-show it, typed input
	 * kept): a Japanese 409 page saying someone else changed the record, never a 500 or a silent overwrite.
	 */
	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView staleVersion() {
		return new ModelAndView("error/409").addObject("message", StaleVersionException.message());
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ModelAndView forbidden(ForbiddenException e) {
		return new ModelAndView("error/403").addObject("message", e.getMessage());
	}
}
