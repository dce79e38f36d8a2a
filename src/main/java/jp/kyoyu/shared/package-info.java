/**
 * Small value types and web conventions every module uses: the Japanese error body of the JSON API and the
 * exceptions that map to 400/403/404. Deliberately tiny; nothing here knows a feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.kyoyu.shared;
