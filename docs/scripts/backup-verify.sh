#!/usr/bin/env bash
# Checks a restored Kyoyu before it is opened to users, against the running restored PostgreSQL:
#   1. every file row (storage_file) has its object in the file store: an encrypted one (objects/p<project>/...)
#      of exactly the size Tink's streaming format gives for the row's plaintext size, a plaintext one from before
#      encryption (objects/aa/bb/<sha256>) with the SHA-256 the row names;
#   2. the audit trail's hash chain links up (each seal over the previous one, no gap, the head matches);
#   3. every approved proposal has its finished approval process in Camunda's history (ACT_HI_PROCINST).
# Exit 0 when all hold, 1 when something is wrong (each problem is printed), 2 on a usage error.
#
# Usage:  backup-verify.sh --storage DIR
#   --storage DIR  the restored file store (kyoyu.storage.directory)
# The connection is libpq's: PGHOST, PGPORT, PGDATABASE (Kyoyu's database), PGUSER (its owner or a superuser).
# Needs: psql (Debian package postgresql-client), sha256sum.
#
# The content of each audit entry is hashed by Kyoyu itself (Java's form of the timestamps); after starting
# Kyoyu, open 監査ログ → 改ざん検査 (/admin/audit/integrity) for that last part of the check.
# The content of an encrypted object can only be read with the master key, which is deliberately not in the
# backup: after starting Kyoyu, POST /api/v1/admin/storage/verification (administrator) reads every file in use
# through the decrypting path and compares its SHA-256; see docs/backup-restore.md §5.
set -euo pipefail

fail() { echo "verify: $*" >&2; exit 2; }
storage=''
while (( $# > 0 )); do
  case $1 in
    --storage) storage=${2:?}; shift 2 ;;
    *) fail "「$1」は使えません。使い方: backup-verify.sh --storage DIR" ;;
  esac
done
[[ -d $storage/objects ]] || fail "使い方: backup-verify.sh --storage DIR（DIR/objects がありません）"
for tool in psql sha256sum; do
  command -v "$tool" >/dev/null || fail "$tool が必要です（psql は Debian パッケージ postgresql-client）。"
done
sql() { psql -X -A -t -q -v ON_ERROR_STOP=1 -F ' ' -c "$1"; }

# A restored server replays the archived WAL before it lets anyone in (hot_standby = off): wait for it.
for (( waited = 0; ; waited++ )); do
  state=$(sql "select pg_is_in_recovery()" 2>/dev/null || true)
  [[ $state == f ]] && break
  (( waited < 600 )) || fail "PostgreSQL did not finish its recovery within 10 minutes (its log says why)"
  sleep 1
done

problems=0
problem() { echo "NG  $*"; problems=$((problems + 1)); }

# 1. Files. A PENDING row without its object is an upload that was still arriving: nothing refers to it and
# Kyoyu's cleanup removes it after kyoyu.storage.pending-ttl, so it is reported but is no failure.
files=0 pending_missing=0
# The size of an encrypted object follows from its plaintext size (Tink AesGcmHkdfStreaming with
# AES256_GCM_HKDF_1MB, ProjectKeys): a 40-byte header (1 length byte, 32 bytes of salt, 7 of nonce prefix) at
# the start of the first segment, 1 MiB (1048576-byte) ciphertext segments each ending in a 16-byte GCM tag, so
# 1048560 bytes of plaintext per segment and 40 fewer in the first; the last segment is always written, even
# when empty or full. Size = plaintext + 40 + 16 * ceil((plaintext + 40) / 1048560). The same formula is
# jp.kyoyu.storage.StorageVerification#encryptedSize, whose test holds it against Tink's real output.
encrypted_size() {
  local plaintext=$1 header=40 tag=16 segment_plaintext=$((1048576 - 16))
  echo $(( plaintext + header + tag * ((plaintext + header + segment_plaintext - 1) / segment_plaintext) ))
}
# Each query's answer is taken whole first, so a failing query stops the script (set -e) instead of
# reading as "nothing to check".
rows=$(sql "select id, sha256, state, size, encrypted, coalesce(project_id, -1) from storage_file order by id")
while read -r id sha256 state size encrypted project; do
  [[ -n $id ]] || continue
  files=$((files + 1))
  if [[ $encrypted == t ]]; then
    object=$storage/objects/p$project/${sha256:0:2}/${sha256:2:2}/$sha256
  else
    object=$storage/objects/${sha256:0:2}/${sha256:2:2}/$sha256
  fi
  if [[ ! -f $object ]]; then
    if [[ $state == PENDING ]]; then
      pending_missing=$((pending_missing + 1))
    else
      problem "file $id: its object $sha256 is missing"
    fi
    continue
  fi
  if [[ $encrypted == t ]]; then
    actual=$(stat -c %s "$object")
    expected=$(encrypted_size "$size")
    (( actual == expected )) \
      || problem "file $id: encrypted object p$project/$sha256 has $actual bytes, $expected expected for $size bytes of content (truncated or grown)"
  else
    actual=$(sha256sum "$object" | cut -d ' ' -f 1)
    [[ $actual == "$sha256" ]] || problem "file $id: object $sha256 has the SHA-256 $actual"
  fi
done <<< "$rows"
echo "files: $files row(s) checked, $pending_missing unfinished upload(s) without bytes (removed by the cleanup)"

# 2. The audit chain, the same rule as jp.kyoyu.audit.AuditIntegrity: seal n = SHA-256 of
# "<seal n-1>|n|h:<content hash>", the first after 64 zeros; numbers without gaps; the head names the last.
chain=$(sql "
  with chain as (
    select seal_no, seal_hash, content_hash,
           coalesce(lag(seal_hash) over (order by seal_no), repeat('0', 64)) as previous,
           row_number() over (order by seal_no) as position
      from audit_entry where seal_no is not null)
  select count(*),
         count(*) filter (where seal_no <> position),
         count(*) filter (where content_hash is not null and seal_hash <> encode(sha256(convert_to(
                 previous || '|' || seal_no || '|h:' || content_hash, 'UTF8')), 'hex')),
         count(*) filter (where content_hash is null),
         coalesce((select seal_hash from chain order by seal_no desc limit 1), repeat('0', 64)),
         (select last_no from audit_seal_head where id = 1),
         (select last_hash from audit_seal_head where id = 1)
    from chain")
read -r sealed gaps broken legacy last_hash head_no head_hash <<< "$chain"
(( gaps == 0 )) || problem "audit: $gaps sealed entr(y/ies) out of sequence (a sealed entry is missing)"
(( broken == 0 )) || problem "audit: $broken seal(s) do not follow from the previous seal"
[[ $head_no == "$sealed" && $head_hash == "$last_hash" ]] \
  || problem "audit: the head says #$head_no $head_hash, the chain ends at #$sealed $last_hash"
echo "audit: $sealed sealed entr(y/ies) linked up to #$head_no ($legacy sealed before V31, checked by Kyoyu only)"

# 3. Approved proposals and their approval process.
approvals=$(sql "
  select count(*),
         count(*) filter (where not exists (select 1 from act_hi_procinst h
             where h.proc_def_key_ = 'ProposalApprovalProcess' and h.business_key_ = cast(p.id as varchar(64))
               and h.end_time_ is not null))
    from proposal_proposal p where p.status = 'APPROVED'")
read -r approved without_history <<< "$approvals"
(( without_history == 0 )) || problem "camunda: $without_history approved proposal(s) without a finished approval process in ACT_HI_PROCINST"
echo "approvals: $approved approved proposal(s), $((approved - without_history)) with their finished process"

if (( problems > 0 )); then
  echo "verify: $problems problem(s); do not open this restore to users" >&2
  exit 1
fi
echo "verify: OK"
