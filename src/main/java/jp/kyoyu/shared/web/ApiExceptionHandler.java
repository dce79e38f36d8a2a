package jp.kyoyu.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.ServiceUnavailableException;
import jp.kyoyu.shared.PayloadTooLargeException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/**
 * Turns every failure of a JSON API call into a 4xx with Japanese messages in {@link ApiErrorBody}, so no
 * input ever produces a 500 with a stack trace. Too large an upload is a 413 naming the limit.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final ObjectProvider<MultipartProperties> multipart;

	private final JsonFieldMessages fieldMessages;

	ApiExceptionHandler(MessageSource messages, ObjectProvider<MultipartProperties> multipart,
			JsonFieldMessages fieldMessages) {
		this.messages = messages;
		this.multipart = multipart;
		this.fieldMessages = fieldMessages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ApiErrorBody> invalid(InvalidInputException e) {
		return ResponseEntity.badRequest().body(new ApiErrorBody(e.problems()));
	}

	/**
	 * A change based on an older version than the stored one (issue #15); nothing was changed. 412 when the
	 * caller stated the version in If-Match (their precondition failed), 409 when they stated none and only JPA's
	 * own check caught the overlap. One message either way: the remedy, reload then change, is the same.
	 */
	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ApiErrorBody> stale(HttpServletRequest request) {
		HttpStatus status = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpStatus.PRECONDITION_FAILED
				: HttpStatus.CONFLICT;
		return ResponseEntity.status(status).body(ApiErrorBody.of(StaleVersionException.message()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiErrorBody> invalidBody(MethodArgumentNotValidException e) {
		List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale())))
			.toList();
		return ResponseEntity.badRequest().body(new ApiErrorBody(problems));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ApiErrorBody> invalidParameters(HandlerMethodValidationException e) {
		List<FieldProblem> problems = e.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						messages.getMessage(error, locale()))))
			.toList();
		return ResponseEntity.badRequest().body(new ApiErrorBody(problems));
	}

	/**
	 * A body Jackson could not read to the end. Values of the wrong kind it went on past were noted
	 * ({@link BodyFaultRecorder}) and are named together with the one that stopped it; broken JSON names no field.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiErrorBody> unreadable(HttpMessageNotReadableException e) {
		List<BodyFaults.Fault> faults = new java.util.ArrayList<>(BodyFaults.take());
		if (e.getCause() instanceof InvalidNullException nullElement && !nullElement.getPath().isEmpty()
				&& faults.isEmpty()) {
			String field = path(nullElement);
			String message = messages.getMessage("error.request.null-element", new Object[] { field }, locale());
			return ResponseEntity.badRequest().body(new ApiErrorBody(List.of(new FieldProblem(field, message))));
		}
		if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			faults.add(new BodyFaults.Fault(path(mapping),
					mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null));
		}
		if (!faults.isEmpty()) {
			return ResponseEntity.badRequest().body(new ApiErrorBody(fieldMessages.describe(BodyFaults.bodyType(), faults)));
		}
		return status(HttpStatus.BAD_REQUEST, "error.request.unreadable");
	}

	private static String path(JsonMappingException e) {
		return e.getPath().stream()
			.map(reference -> reference.getFieldName() != null ? reference.getFieldName()
					: String.valueOf(reference.getIndex()))
			.collect(java.util.stream.Collectors.joining("."));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
		String message = messages.getMessage("error.request.type-mismatch", new Object[] { e.getName() }, locale());
		return ResponseEntity.badRequest().body(new ApiErrorBody(List.of(new FieldProblem(e.getName(), message))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiErrorBody> missingParameter(MissingServletRequestParameterException e) {
		String message = messages.getMessage("error.request.missing", new Object[] { e.getParameterName() }, locale());
		return ResponseEntity.badRequest()
			.body(new ApiErrorBody(List.of(new FieldProblem(e.getParameterName(), message))));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ApiErrorBody> tooLarge(PayloadTooLargeException e) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiErrorBody.of(e.getMessage()));
	}

	/** Tomcat refused the upload past spring.servlet.multipart.max-file-size (tied to kyoyu.storage.max-file-size). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiErrorBody> uploadTooLarge(MaxUploadSizeExceededException e) {
		MultipartProperties properties = multipart.getIfAvailable();
		DataSize limit = e.getMaxUploadSize() > 0 ? DataSize.ofBytes(e.getMaxUploadSize())
				: properties != null ? properties.getMaxFileSize() : null;
		String message = limit != null ? new PayloadTooLargeException(limit).getMessage() : messages.getMessage("error.status.413", null, locale());
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiErrorBody.of(message));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ApiErrorBody> badUpload(MultipartException e) {
		return status(HttpStatus.BAD_REQUEST, "error.request.upload");
	}

	/** A part of the system is down for now (the S3 file store): 503 with the thrower's Japanese message. */
	@ExceptionHandler(ServiceUnavailableException.class)
	ResponseEntity<ApiErrorBody> unavailable(ServiceUnavailableException e) {
		log.warn("Answered 503: {}", e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiErrorBody.of(e.getMessage()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiErrorBody> notFound(NotFoundException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrorBody.of(e.getMessage()));
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ApiErrorBody> forbidden(ForbiddenException e) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiErrorBody.of(e.getMessage()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiErrorBody> method(HttpRequestMethodNotSupportedException e) {
		return status(HttpStatus.METHOD_NOT_ALLOWED, "error.request.method");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
		return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.request.media-type");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ApiErrorBody> conflict(DataIntegrityViolationException e) {
		log.info("Refused a change that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
		return status(HttpStatus.CONFLICT, "error.request.conflict");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiErrorBody> unexpected(Exception e) {
		if (ConnectionShortage.causedBy(e)) {
			// no connection within the pool's timeout: the same 503 as when the session filter met it
			ConnectionShortage.logged(e);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, ConnectionShortage.RETRY_AFTER)
				.body(ApiErrorBody.of(Wording.of(ConnectionShortage.MESSAGE)));
		}
		log.error("Unexpected failure of an API call", e);
		return status(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
	}

	private ResponseEntity<ApiErrorBody> status(HttpStatus status, String code) {
		return ResponseEntity.status(status).body(ApiErrorBody.of(messages.getMessage(code, null, locale())));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
