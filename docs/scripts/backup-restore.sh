#!/usr/bin/env bash
# Restores Kyoyu from KYOYU_BACKUP_DIRECTORY into a NEW PostgreSQL data directory and a NEW file store: the base
# backup of a generation, set up to replay the archived WAL up to the latest point, and the file store's objects.
# It does not start anything: start PostgreSQL on the data directory (it replays the WAL, then opens), then run
# backup-verify.sh, then start Kyoyu. docs/backup-restore.md walks through it.
#
# Usage:  backup-restore.sh --pgdata DIR --storage DIR [--generation STAMP] [--files-from DIR] [--until-files-copied]
#   --pgdata DIR          the new data directory (must not exist or be empty)
#   --storage DIR         the new file store, kyoyu.storage.directory of the restored Kyoyu (same rule)
#   --generation STAMP    the generation to start from; default the newest
#   --files-from DIR      a surviving file store (the old kyoyu.storage.directory) to take objects from that the
#                         backup does not have: files uploaded after the last `backup-take.sh files`
#   --until-files-copied  replay the WAL only up to the moment the newest file copy started (FILES_COPIED_AT),
#                         so no row refers to a file the backup lacks; loses the writes after it. For a lost
#                         file store; without it the restore goes to the latest archived point.
# The master key of the file store's encryption (kyoyu.storage.master-key-file) is deliberately not in the
# backup: put it back from the secret store before starting Kyoyu.
# Run it as the operating-system user PostgreSQL runs as (postgres): the files it writes are owned by whoever
# runs it, and PostgreSQL refuses a data directory it does not own.
# Needs: tar, gzip, GNU coreutils and findutils. Settings: backup-settings.sh (only KYOYU_BACKUP_DIRECTORY).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/backup-settings.sh"

usage="使い方: backup-restore.sh --pgdata DIR --storage DIR [--generation STAMP] [--files-from DIR] [--until-files-copied]"
pgdata='' storage='' generation='' files_from='' until_files=false
while (( $# > 0 )); do
  case $1 in
    --pgdata) pgdata=${2:?$usage}; shift 2 ;;
    --storage) storage=${2:?$usage}; shift 2 ;;
    --generation) generation=${2:?$usage}; shift 2 ;;
    --files-from) files_from=${2:?$usage}; shift 2 ;;
    --until-files-copied) until_files=true; shift ;;
    *) backup_fail "「$1」は使えません。$usage" ;;
  esac
done
[[ -n $pgdata && -n $storage ]] || backup_fail "$usage"
backup_load_settings
for dir in "$pgdata" "$storage"; do
  if [[ -e $dir && -n $(ls -A "$dir") ]]; then
    backup_fail "$dir は空ではありません。復元は新しい空のディレクトリに行います（今のデータを上書きしないため）。"
  fi
done
[[ -z $files_from || -d $files_from/objects ]] || backup_fail "--files-from $files_from にファイル置き場（objects/）がありません。"

log() { echo "$(date -u +%FT%TZ) restore: $*"; }

mapfile -t all < <(backup_generations)
(( ${#all[@]} > 0 )) || backup_fail "$BACKUP_DIRECTORY に完成した世代がありません。"
generation=${generation:-${all[-1]}}
first=-1
for i in "${!all[@]}"; do [[ ${all[i]} == "$generation" ]] && first=$i; done
(( first >= 0 )) || backup_fail "世代 $generation はありません。ある世代: ${all[*]}"
source_dir=$BACKUP_DIRECTORY/generations/$generation
log "generation $generation (WAL from $(cat "$source_dir/START_WAL")), archive $BACKUP_DIRECTORY/wal"

# 1. The database: the base backup, its own WAL, and the instructions to replay the archive.
mkdir -p "$pgdata"
chmod 700 "$pgdata"
tar --no-same-owner -xzf "$source_dir/db/base.tar.gz" -C "$pgdata"
mkdir -p "$pgdata/pg_wal"
# pg_basebackup --wal-method=fetch puts the WAL into base.tar; --wal-method=stream writes pg_wal.tar apart.
if [[ -f $source_dir/db/pg_wal.tar.gz ]]; then
  tar --no-same-owner -xzf "$source_dir/db/pg_wal.tar.gz" -C "$pgdata/pg_wal"
fi
rm -f "$pgdata/postmaster.pid"
{
  echo
  echo "# Added by backup-restore.sh on $(date -u +%FT%TZ), from generation $generation."
  echo "restore_command = 'cp \"$BACKUP_DIRECTORY/wal/%f\" \"%p\"'"
  echo "recovery_target_timeline = 'latest'"
  # No connections until the replay is over: nobody reads a half-restored state, and pg_ctl -w returns
  # only when the server is open for writing.
  echo "hot_standby = off"
  # A restored copy must not archive into the production archive (a drill on a spare machine would mix its
  # WAL in). After a real recovery: remove this line, restart, and take a new base backup at once.
  echo "archive_mode = off"
  if $until_files; then
    echo "recovery_target_time = '$(cat "$BACKUP_DIRECTORY/generations/${all[-1]}/FILES_COPIED_AT")'"
    echo "recovery_target_action = 'promote'"
  fi
} >> "$pgdata/postgresql.auto.conf"
touch "$pgdata/recovery.signal"
log "database prepared in $pgdata"
if $until_files; then
  log "replay stops at $(cat "$BACKUP_DIRECTORY/generations/${all[-1]}/FILES_COPIED_AT") (the newest copy of the file store)"
fi

# 2. The file store: the objects of this generation and every later one (the WAL replay reaches past this
# generation's copy), then what only the surviving store has.
mkdir -p "$storage/objects" "$storage/tmp" "$storage/trash"
restored=0
copy_objects_from() {
  local from=$1 relative target
  while IFS= read -r -d '' relative; do
    target=$storage/$relative
    [[ -e $target ]] && continue
    mkdir -p "${target%/*}"
    cp "$from/$relative" "$target.copying"
    mv "$target.copying" "$target"
    restored=$((restored + 1))
  done < <(cd "$from" && find objects -mindepth 3 -maxdepth 4 -type f -regextype posix-extended \
             -regex 'objects/(p[0-9]+/)?[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}' -print0)
}
for name in "${all[@]:first}"; do
  copy_objects_from "$BACKUP_DIRECTORY/generations/$name/files"
done
from_backup=$restored
if [[ -n $files_from ]]; then
  copy_objects_from "$files_from"
fi
sync -f "$storage/objects"
log "file store prepared in $storage: $from_backup object(s) from the backup, $((restored - from_backup)) from ${files_from:-no surviving store}"
log "next: start PostgreSQL on $pgdata, then backup-verify.sh --storage $storage, then Kyoyu"
