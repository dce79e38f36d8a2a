package jp.kyoyu.project;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member in the exported basic info, with the role's official title (総括監督員, 現場代理人, ...). */
public record BasicInfoMember(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String userId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProjectRole role,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String roleLabel) {
}
