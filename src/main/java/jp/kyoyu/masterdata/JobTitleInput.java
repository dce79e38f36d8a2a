package jp.kyoyu.masterdata;

/**
 * What an administrator enters for a job title; checked by {@link JobTitleManagement}.
 *
 * @param displayOrder {@literal null} places it after all others
 */
public record JobTitleInput(String name, Integer displayOrder) {
}
