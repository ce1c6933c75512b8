#!/bin/bash
# Runs once, when the PostgreSQL volume is empty: one role and one database per service, each service owning
# its database (so its Flyway migrations may create the trusted extensions they need: pg_trgm, btree_gist).
# Passwords come from the environment of the postgres container (see docker-compose.yml).
set -euo pipefail

create_service_database() {
    local name="$1" password="$2"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
         -v name="$name" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name') \gexec
SQL
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$name" \
         -c "REVOKE ALL ON DATABASE \"$name\" FROM PUBLIC"
}

create_service_database partner "${PARTNER_DB_PASSWORD:?PARTNER_DB_PASSWORD must be set}"
create_service_database volunteer "${VOLUNTEER_DB_PASSWORD:?VOLUNTEER_DB_PASSWORD must be set}"
create_service_database webhook "${WEBHOOK_DB_PASSWORD:?WEBHOOK_DB_PASSWORD must be set}"
create_service_database gateway "${GATEWAY_DB_PASSWORD:?GATEWAY_DB_PASSWORD must be set}"
