package jp.kyoyu.project;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One item of the exported basic info: {@code field} is the JSON name of {@link ProjectInput}, {@code label} the
 * Japanese label for the project's kind (工事名称 / 業務名称), {@code value} as text ({@code null} when empty).
 */
public record BasicInfoItem(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String field,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String label,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String value) {
}
