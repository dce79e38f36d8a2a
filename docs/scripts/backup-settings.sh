# Sourced by the backup-*.sh scripts: reads the kyoyu.backup.* settings and checks them.
#
# The settings come from the environment, under the names Spring Boot gives kyoyu.backup.* (KYOYU_BACKUP_...),
# so the environment file of Kyoyu's service definition can serve the scripts too. Cron and systemd timers
# start without that environment, so a settings file is read as well: $KYOYU_BACKUP_SETTINGS, by default
# /etc/kyoyu/backup.env if it exists, with lines NAME=value. A variable set in the environment wins over the
# file (as in Spring). The file is parsed, never executed: only the names below are taken from it.
#
#   KYOYU_BACKUP_DIRECTORY    (kyoyu.backup.directory)   where generations and archived WAL go; required
#   KYOYU_BACKUP_GENERATIONS  (kyoyu.backup.generations) how many base backups to keep, 1 or more; default 7
#   KYOYU_BACKUP_INTERVAL     (kyoyu.backup.interval)    ISO-8601 duration between base backups; default P1D
#   KYOYU_STORAGE_DIRECTORY   (kyoyu.storage.directory)  Kyoyu's file store; default $KYOYU_DATA_DIR/files
#   PGHOST PGPORT PGUSER PGDATABASE PGPASSFILE           the database connection (libpq), as for psql

backup_fail() { echo "backup: $*" >&2; exit 2; }

backup_read_settings_file() {
  local file=${KYOYU_BACKUP_SETTINGS:-/etc/kyoyu/backup.env}
  if [[ -z ${KYOYU_BACKUP_SETTINGS:-} && ! -e $file ]]; then
    return 0
  fi
  [[ -r $file ]] || backup_fail "設定ファイル $file を読めません。"
  local line name value
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    if [[ $line =~ ^[[:space:]]*(KYOYU_BACKUP_DIRECTORY|KYOYU_BACKUP_GENERATIONS|KYOYU_BACKUP_INTERVAL|KYOYU_STORAGE_DIRECTORY|KYOYU_DATA_DIR|PGHOST|PGPORT|PGUSER|PGDATABASE|PGPASSFILE)=(.*)$ ]]; then
      name=${BASH_REMATCH[1]}
      value=${BASH_REMATCH[2]}
      value=${value%\"}; value=${value#\"}
      # The environment wins over the file.
      if [[ -z ${!name:-} ]]; then
        export "$name=$value"
      fi
    else
      backup_fail "設定ファイル $file の「$line」は使えない行です（NAME=値、NAME は KYOYU_BACKUP_* などの決まった名前）。"
    fi
  done < "$file"
}

# Seconds in an ISO-8601 duration of days, hours, minutes and seconds (P1D, PT6H, P1DT12H, PT30M).
backup_duration_seconds() {
  local text=$1
  [[ $text =~ ^P(([0-9]+)D)?(T(([0-9]+)H)?(([0-9]+)M)?(([0-9]+)S)?)?$ && $text != P && $text != *T ]] || return 1
  echo $(( ${BASH_REMATCH[2]:-0} * 86400 + ${BASH_REMATCH[5]:-0} * 3600 + ${BASH_REMATCH[7]:-0} * 60 + ${BASH_REMATCH[9]:-0} ))
}

backup_load_settings() {
  backup_read_settings_file
  BACKUP_DIRECTORY=${KYOYU_BACKUP_DIRECTORY:-}
  [[ -n $BACKUP_DIRECTORY ]] || backup_fail "KYOYU_BACKUP_DIRECTORY（kyoyu.backup.directory）を設定してください。バックアップの保存先です。"
  [[ $BACKUP_DIRECTORY == /* ]] || backup_fail "KYOYU_BACKUP_DIRECTORY は絶対パスにしてください（現在: $BACKUP_DIRECTORY）。"

  BACKUP_GENERATIONS=${KYOYU_BACKUP_GENERATIONS:-7}
  [[ $BACKUP_GENERATIONS =~ ^[0-9]+$ ]] && (( 10#$BACKUP_GENERATIONS >= 1 )) \
    || backup_fail "KYOYU_BACKUP_GENERATIONS（kyoyu.backup.generations）は1以上の整数にしてください（現在: $BACKUP_GENERATIONS）。"
  BACKUP_GENERATIONS=$((10#$BACKUP_GENERATIONS))

  local interval=${KYOYU_BACKUP_INTERVAL:-P1D}
  BACKUP_INTERVAL_SECONDS=$(backup_duration_seconds "$interval") && (( BACKUP_INTERVAL_SECONDS > 0 )) \
    || backup_fail "KYOYU_BACKUP_INTERVAL（kyoyu.backup.interval）は P1D、PT6H のような ISO-8601 の期間にしてください（現在: $interval）。"

  STORAGE_DIRECTORY=${KYOYU_STORAGE_DIRECTORY:-${KYOYU_DATA_DIR:-./data}/files}
}

# Generations, oldest first: complete ones only (a run that broke off leaves a *.partial directory).
backup_generations() {
  local dir=$BACKUP_DIRECTORY/generations
  [[ -d $dir ]] || return 0
  find "$dir" -mindepth 1 -maxdepth 1 -type d -name '[0-9]*Z' -printf '%f\n' | sort
}
