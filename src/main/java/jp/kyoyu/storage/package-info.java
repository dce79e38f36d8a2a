/**
 * File contents for every other module (proposal and board attachments, filed documents; C2.4, C3.7, S5.8):
 * streamed to disk with their SHA-256, written under a temporary name and renamed only when complete,
 * de-duplicated by hash and served with byte ranges. Owners keep the file id and claim or release it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage", allowedDependencies = { "shared" })
package jp.kyoyu.storage;
