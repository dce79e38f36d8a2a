/**
 * Shared master data that administrators maintain (C8.4): agencies, organisations, job titles, the holiday
 * calendar with the business-day arithmetic every module uses, and the notification mail templates. It reads
 * nobody else's data; other modules read it through {@link jp.kyoyu.masterdata.MasterDataManagement},
 * {@link jp.kyoyu.masterdata.BusinessCalendar} and {@link jp.kyoyu.masterdata.MailTemplates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Master data", allowedDependencies = "shared")
package jp.kyoyu.masterdata;
