#!/usr/bin/env bash
# PostgreSQL's archive_command for Kyoyu: copies one finished WAL segment to the backup directory, durably.
#
#   archive_command = '/opt/kyoyu/scripts/backup-archive-wal.sh /backup/kyoyu/wal %p %f'
#
# PostgreSQL recycles the segment as soon as this exits 0, so the copy is written to a temporary name, forced
# to disk, and only then renamed into place. A segment already archived with the same bytes is accepted (a
# retry after a crash between copy and answer); with different bytes it is refused, as PostgreSQL's
# documentation demands, since that means two servers archive into one directory.
# The directory is an argument (not a setting) because the server runs this with its own environment.
set -euo pipefail

archive=${1:?usage: backup-archive-wal.sh ARCHIVE_DIR %p %f}
source_path=${2:?usage: backup-archive-wal.sh ARCHIVE_DIR %p %f}
name=${3:?usage: backup-archive-wal.sh ARCHIVE_DIR %p %f}

mkdir -p "$archive"
target=$archive/$name
if [[ -e $target ]]; then
  if cmp -s "$source_path" "$target"; then
    exit 0
  fi
  echo "backup-archive-wal: $target already exists with different content; refusing to overwrite" >&2
  exit 1
fi
temp=$archive/.$name.partial-copy
cp "$source_path" "$temp"
sync "$temp"
mv "$temp" "$target"
sync "$archive"
