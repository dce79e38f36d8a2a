package jp.kyoyu.project;

/** A project the user takes part in, with the user's role there (home page, {@code /api/v1/me}). */
public record ProjectSummary(long id, String name, ProjectKind kind, ProjectRole role) {
}
