#!/usr/bin/env bash
# Creates Camunda's tables (ACT_*) in a PostgreSQL database, once, before the first Kyoyu node starts.
# Nodes run with camunda.bpm.database.schema-update=false and only check the schema; two nodes creating it
# at the same moment collide (see docs/operations.md). Running the script again does nothing.
#
# Usage:  create-camunda-schema.sh KYOYU_JAR
#   KYOYU_JAR  the application jar (kyoyu-*.jar), or a camunda-engine-7.24.0.jar
# The database is chosen with the usual libpq variables: PGHOST, PGPORT, PGDATABASE, PGUSER, and
# PGPASSWORD or ~/.pgpass. Connect as the role Kyoyu uses (SPRING_DATASOURCE_USERNAME), so it owns the tables.
# Needs: psql, unzip.
set -euo pipefail

jar=${1:?usage: create-camunda-schema.sh KYOYU_JAR}
for tool in psql unzip; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done
[[ -r $jar ]] || { echo "cannot read $jar" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The application jar carries the engine jar inside it; the SQL scripts are in the engine jar.
engine=$jar
nested=$(unzip -Z1 "$jar" 'BOOT-INF/lib/camunda-engine-[0-9]*.jar' 2>/dev/null | head -n 1 || true)
if [[ -n $nested ]]; then
  unzip -q -j "$jar" "$nested" -d "$work"
  engine="$work/${nested##*/}"
fi
echo "Camunda engine: ${engine##*/}"

exists=$(psql -X -A -t -q -v ON_ERROR_STOP=1 -c "select to_regclass('act_ge_property') is not null")
if [[ $exists == t ]]; then
  echo "The Camunda schema already exists in database '$(psql -X -A -t -q -c 'select current_database()')'; nothing to do."
  exit 0
fi

# The order Camunda itself uses: the engine tables first, the others refer to them.
for part in engine history identity case.engine case.history decision.engine decision.history; do
  unzip -p "$engine" "org/camunda/bpm/engine/db/create/activiti.postgres.create.$part.sql"
  printf '\n'
done > "$work/camunda-schema.sql"

psql -X -q -v ON_ERROR_STOP=1 --single-transaction -f "$work/camunda-schema.sql"
echo "Created the Camunda schema, version $(psql -X -A -t -q -c 'select max(version_) from act_ge_schema_log')."
