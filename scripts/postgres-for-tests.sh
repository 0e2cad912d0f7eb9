#!/usr/bin/env bash
# Makes a PostgreSQL server available on loopback for the store tests, the same way on a
# newcomer's Debian machine and in CI: installs it if missing (as root), starts the
# cluster, and creates a `starling` login. Does nothing if STARLING_TEST_POSTGRES_URL
# already names a server. The URL the tests use is postgres://starling:starling@127.0.0.1:5432/postgres
set -euo pipefail
if [ -n "${STARLING_TEST_POSTGRES_URL:-}" ] && [ "${STARLING_TEST_POSTGRES_URL}" != "postgres://starling:starling@127.0.0.1:5432/postgres" ]; then
  exit 0
fi
running() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && PGPASSWORD=starling psql -qtA -h 127.0.0.1 -U starling -d postgres -c 'SELECT 1' >/dev/null 2>&1; }
tls=/var/lib/postgresql/starling-test-tls
if running && [ "$(PGPASSWORD=starling psql -qtA -h 127.0.0.1 -U starling -d postgres -c 'SHOW ssl_ca_file')" = "$tls/client-ca.crt" ] && [ -r "$tls/client.key" ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  running && exit 0
  echo "PostgreSQL for the store tests: run 'make test' as root, or start a server and set"
  echo "STARLING_TEST_POSTGRES_URL=postgres://user:password@host:port/database (a superuser, to create test databases)."
  exit 0
fi
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing PostgreSQL for the store tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
# TLS on, with a self-signed certificate for 127.0.0.1, so the tests cover encrypted
# connections (`sslmode=require`) as a council's shared server would use them.
command -v openssl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null; }
mkdir -p "$tls"
if [ "$(runuser -u postgres -- psql -qtA -c 'SHOW ssl')" != on ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$tls/server.key" -out "$tls/server.crt" 2>/dev/null
  chown -R postgres:postgres "$tls" && chmod 600 "$tls/server.key"
  runuser -u postgres -- psql -q -c "ALTER SYSTEM SET ssl_cert_file = '$tls/server.crt'" \
    -c "ALTER SYSTEM SET ssl_key_file = '$tls/server.key'" -c "ALTER SYSTEM SET ssl = on" -c "SELECT pg_reload_conf()" >/dev/null
fi
runuser -u postgres -- psql -q -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'starling') THEN CREATE ROLE starling LOGIN SUPERUSER PASSWORD 'starling'; END IF; END \$\$;" >/dev/null
# Client-certificate login, as some councils' servers require: a test authority, a role
# `starling_cert` that may log in only with a certificate it signed, and that certificate
# and key (readable by the tests) in $tls.
if [ ! -r "$tls/client.key" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Starling test client CA" -keyout "$tls/client-ca.key" -out "$tls/client-ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=starling_cert" -keyout "$tls/client.key" -out "$tls/client.csr" 2>/dev/null
  openssl x509 -req -in "$tls/client.csr" -CA "$tls/client-ca.crt" -CAkey "$tls/client-ca.key" -CAcreateserial -days 3650 -out "$tls/client.crt" 2>/dev/null
  chown -R postgres:postgres "$tls" && chmod 600 "$tls/server.key" "$tls/client-ca.key" && chmod 644 "$tls/client.key" "$tls/client.crt"
fi
hba=$(runuser -u postgres -- psql -qtA -c 'SHOW hba_file')
if [ "$(runuser -u postgres -- psql -qtA -c 'SHOW ssl_ca_file')" != "$tls/client-ca.crt" ] || ! grep -q starling_cert "$hba"; then
  runuser -u postgres -- psql -q -c "ALTER SYSTEM SET ssl_ca_file = '$tls/client-ca.crt'" >/dev/null
  grep -q starling_cert "$hba" || sed -i "1i hostssl all starling_cert 127.0.0.1/32 cert" "$hba"
  runuser -u postgres -- psql -q -c "SELECT pg_reload_conf()" >/dev/null
fi
runuser -u postgres -- psql -q -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'starling_cert') THEN CREATE ROLE starling_cert LOGIN; END IF; END \$\$;" >/dev/null
echo "PostgreSQL $version is running on 127.0.0.1:5432 for the store tests"
