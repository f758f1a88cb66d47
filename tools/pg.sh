#!/usr/bin/env bash
# A throwaway PostgreSQL, never a system service:
#   tools/pg.sh install      Debian's PostgreSQL, if missing, without the cluster or the
#                            service the package would otherwise set up
#   tools/pg.sh start DIR    a new cluster in DIR (initdb as an unprivileged user) that
#                            listens on a socket in DIR only (no TCP: no other user of the
#                            machine reaches it); prints its URL
#   tools/pg.sh stop DIR     stops it and removes DIR
# The cluster is for tests and trials: fsync is off (a crash of the machine, not of a
# process, may lose it), which is what makes a database per test cheap.
set -euo pipefail

SUDO=${SUDO-}
[ "$(id -u)" = 0 ] && SUDO=""
# PostgreSQL refuses to run as root; as root, the cluster belongs to this system user.
PG_USER=vagval-pg

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

case "${1:-}" in
install)
  if [ -z "$(pg_bin)" ]; then
    if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      $SUDO mkdir -p /etc/postgresql-common
      echo 'create_main_cluster = false' | $SUDO tee /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends postgresql
  fi
  ;;
start)
  dir=${2:?tools/pg.sh start DIR}
  bin=$(pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed: tools/pg.sh install" >&2; exit 1; }
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    id "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
    chown "$PG_USER" "$dir"
    chmod 700 "$dir"
    # The cluster's user must be able to reach DIR: DIR's parent gets traverse (only).
    chmod a+x "$(dirname "$dir")"
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U vagval --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses='' -p $port -k $dir -c max_connections=300 -c fsync=off -c full_page_writes=off" start >/dev/null
  as_owner "$bin/createdb" -h "$dir" -p "$port" -U vagval vagval
  echo "postgres://vagval@localhost:$port/vagval?host=$dir"
  ;;
stop)
  dir=${2:?tools/pg.sh stop DIR}
  bin=$(pg_bin)
  # Only a folder this script made: one holding a cluster.
  [ -f "$dir/data/PG_VERSION" ] || { echo "$dir holds no cluster of tools/pg.sh" >&2; exit 1; }
  if [ -n "$bin" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: tools/pg.sh install | start DIR | stop DIR" >&2
  exit 2
  ;;
esac
