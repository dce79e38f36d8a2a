#!/usr/bin/env bash
# Takes Kyoyu's backups: a base backup of PostgreSQL plus a copy of the file store (a "generation"), keeps the
# copy of the file store up to date between base backups, and prunes old generations with their WAL.
#
# Usage:  backup-take.sh [run|base|files|prune]
#   run    (default; for an hourly timer) a new generation if the newest is older than KYOYU_BACKUP_INTERVAL,
#          then `files`, then `prune`
#   base   a new generation now, whatever its age, then `prune`
#   files  copies objects added to the file store since the last run into the newest generation; run it
#          often (every 5 minutes): files uploaded after the last copy are not in the backup
#   prune  keeps the newest KYOYU_BACKUP_GENERATIONS generations and the WAL they need, removes the rest
# Settings and connection: backup-settings.sh. The role needs the REPLICATION attribute (pg_basebackup).
# Needs: pg_basebackup (Debian package postgresql-client), tar, gzip, flock, GNU coreutils and findutils.
#
# Layout of KYOYU_BACKUP_DIRECTORY:
#   wal/                           every WAL segment PostgreSQL archived (backup-archive-wal.sh)
#   generations/<UTC stamp>/db/    base.tar.gz, pg_wal.tar.gz, backup_manifest from pg_basebackup
#   generations/<UTC stamp>/files/ objects/p<project>/aa/bb/<sha256> (encrypted) and objects/aa/bb/<sha256>
#                                  (plaintext, not yet migrated): the file store's objects, hard-linked between
#                                  generations (objects are immutable, so an unchanged one costs no space)
#   generations/<UTC stamp>/START_WAL          first WAL segment a restore of this generation needs
#   generations/<UTC stamp>/FILES_COPIED_AT    when the last `files` run into it started (UTC, microseconds)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/backup-settings.sh"

mode=${1:-run}
[[ $mode =~ ^(run|base|files|prune)$ ]] || backup_fail "使い方: backup-take.sh [run|base|files|prune]（「$mode」は使えません）"
backup_load_settings
[[ -d $STORAGE_DIRECTORY/objects ]] || backup_fail "ファイル置き場 $STORAGE_DIRECTORY/objects がありません（KYOYU_STORAGE_DIRECTORY を確認してください）。"
for tool in pg_basebackup tar gzip flock; do
  command -v "$tool" >/dev/null || backup_fail "$tool が必要です（pg_basebackup は Debian パッケージ postgresql-client）。"
done
mkdir -p "$BACKUP_DIRECTORY/generations" "$BACKUP_DIRECTORY/wal"

# One run at a time: a timer firing while a long base backup runs waits instead of starting a second one.
exec 9>"$BACKUP_DIRECTORY/.lock"
flock 9

log() { echo "$(date -u +%FT%TZ) backup: $*"; }

newest_generation() { backup_generations | tail -n 1; }

# Copies every object of the file store missing from the generation directory $1, hard-linking it from the
# generation directory $2 (the previous one) when that already has it. Objects never change once written, so
# a name that exists is complete: each copy goes to a temporary name first.
copy_files() {
  local generation=$1 previous=${2:-}
  local started copied=0 linked=0 relative target
  # Microseconds, as PostgreSQL keeps its commit times; in the form recovery_target_time accepts.
  started=$(date -u '+%F %T.%6N+00')
  mkdir -p "$generation/files/objects"
  while IFS= read -r -d '' relative; do
    target=$generation/files/$relative
    [[ -e $target ]] && continue
    mkdir -p "${target%/*}"
    if [[ -n $previous && -e $previous/files/$relative ]]; then
      ln "$previous/files/$relative" "$target"
      linked=$((linked + 1))
    else
      if ! cp "$STORAGE_DIRECTORY/$relative" "$target.copying"; then
        rm -f "$target.copying"
        # Gone from the store meanwhile: released, nothing to keep. Still there: a real failure (disk full).
        [[ -e $STORAGE_DIRECTORY/$relative ]] && backup_fail "$relative をバックアップにコピーできません（保存先の空き容量と権限を確認してください）。"
        continue
      fi
      mv "$target.copying" "$target"
      copied=$((copied + 1))
    fi
  done < <(cd "$STORAGE_DIRECTORY" && find objects -mindepth 3 -maxdepth 4 -type f -regextype posix-extended \
             -regex 'objects/(p[0-9]+/)?[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}' -print0)
  sync -f "$generation/files"
  echo "$started" > "$generation/FILES_COPIED_AT"
  log "files of generation ${generation##*/}: $copied copied, $linked linked from the previous generation (store read from $started)"
}

take_base() {
  local stamp previous partial start_wal
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  previous=$(newest_generation)
  partial=$BACKUP_DIRECTORY/generations/$stamp.partial
  rm -rf "$partial"
  mkdir -p "$partial"
  log "base backup $stamp starting"
  # -X fetch: the backup carries the WAL written while it ran, so it restores even without the archive.
  pg_basebackup --pgdata="$partial/db" --format=tar --gzip --wal-method=fetch --checkpoint=fast \
    --label="kyoyu $stamp" --no-password
  start_wal=$(tar -xzOf "$partial/db/base.tar.gz" backup_label \
    | sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]\{24\}\))$/\1/p')
  [[ -n $start_wal ]] || backup_fail "base backup $stamp: no START WAL LOCATION in its backup_label"
  echo "$start_wal" > "$partial/START_WAL"
  # The file store is copied after the base backup has started (here: finished): every file a row of the
  # backup refers to was complete on disk before that row committed (storage claims only files on disk).
  copy_files "$partial" "${previous:+$BACKUP_DIRECTORY/generations/$previous}"
  sync -f "$partial"
  mv "$partial" "$BACKUP_DIRECTORY/generations/$stamp"
  log "base backup $stamp complete (starts at WAL $start_wal)"
}

prune() {
  local all keep count oldest cutoff removed=0 name
  mapfile -t all < <(backup_generations)
  count=${#all[@]}
  (( count > 0 )) || { log "prune: no generation yet, nothing removed"; return; }
  keep=$(( count < BACKUP_GENERATIONS ? count : BACKUP_GENERATIONS ))
  for name in "${all[@]:0:count-keep}"; do
    rm -rf "${BACKUP_DIRECTORY:?}/generations/$name"
    log "prune: removed generation $name"
  done
  # Broken-off runs (the lock guarantees none is running now).
  find "$BACKUP_DIRECTORY/generations" -mindepth 1 -maxdepth 1 -type d -name '*.partial' -exec rm -rf {} +
  oldest=${all[count-keep]}
  cutoff=$(cat "$BACKUP_DIRECTORY/generations/$oldest/START_WAL")
  # A segment is older than the cutoff when its log and segment number (name without the timeline) sort
  # before the cutoff's: the comparison pg_archivecleanup makes. Timeline history files are always kept.
  while IFS= read -r name; do
    if [[ ${name:8:16} < ${cutoff:8:16} ]]; then
      rm -f "$BACKUP_DIRECTORY/wal/$name"
      removed=$((removed + 1))
    fi
  done < <(find "$BACKUP_DIRECTORY/wal" -maxdepth 1 -type f -regextype posix-extended \
             -regex '.*/[0-9A-F]{24}(\.partial|\.[0-9A-F]{8}\.backup)?' -printf '%f\n')
  log "prune: kept $keep generation(s) from $oldest, removed $removed WAL file(s) before $cutoff"
}

due() {
  local newest age
  newest=$(newest_generation)
  [[ -n $newest ]] || return 0
  age=$(( $(date -u +%s) - $(date -u -d "${newest:0:4}-${newest:4:2}-${newest:6:2}T${newest:9:2}:${newest:11:2}:${newest:13:2}Z" +%s) ))
  (( age >= BACKUP_INTERVAL_SECONDS ))
}

case $mode in
  base) take_base; prune ;;
  files)
    newest=$(newest_generation)
    [[ -n $newest ]] || backup_fail "まだ世代がありません。先に backup-take.sh base を実行してください。"
    copy_files "$BACKUP_DIRECTORY/generations/$newest" "" ;;
  prune) prune ;;
  run)
    if due; then take_base; else copy_files "$BACKUP_DIRECTORY/generations/$(newest_generation)" ""; fi
    prune ;;
esac
