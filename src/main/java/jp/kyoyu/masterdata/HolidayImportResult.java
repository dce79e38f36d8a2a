package jp.kyoyu.masterdata;

/**
 * The outcome of importing a holiday CSV.
 *
 * @param firstYear the earliest year in the file, to show the administrator what changed
 */
public record HolidayImportResult(int added, int updated, int unchanged, int firstYear) {
}
