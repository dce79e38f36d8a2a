/**
 * Users, groups, permissions, passwords and the one login for the portal and the Camunda webapps. Camunda's
 * identity tables are the single store of users, groups and password hashes; this module adds what Camunda
 * lacks (side, organisation, job title, phone, permissions, password history, lockout, absences). Organisation
 * and job title are chosen from the master data, which is why it reads {@code masterdata} (which reads nobody).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "masterdata" })
package jp.kyoyu.identity;
