#!/usr/bin/env bash
# make run-pg: the portal as a deployment of several instances, on this machine. A
# throwaway PostgreSQL (tools/pg.sh), two instances of target/release/server sharing it and
# one secret key, and nginx in front of them on $VAGVAL_ADDR (127.0.0.1:3000), spreading
# requests over both. Nothing runs as a system service; Ctrl-C stops it all and removes
# the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=${SUDO-}
[ "$(id -u)" = 0 ] && SUDO=""
ADDR=${VAGVAL_ADDR:-127.0.0.1:3000}
DEMO=${DEMO:-0}
SERVER=target/release/server

nginx_bin() { command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true; }

if [ -z "$(nginx_bin)" ]; then
  # Debian's package would start its own nginx service; "policy-rc.d: 101" says not now.
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends nginx-light || status=$?
  [ -n "$made_policy" ] && $SUDO rm -f /usr/sbin/policy-rc.d
  [ -z "${status:-}" ] || exit "$status"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

work=$(mktemp -d)
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash tools/pg.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 0' INT TERM

url=$(SUDO=$SUDO bash tools/pg.sh start "$work/pg")
key=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
ports=("$(free_port)" "$(free_port)")

for i in 0 1; do
  # The first instance migrates (and seeds the demo accounts); the second starts on a
  # database that is ready.
  VAGVAL_DATABASE_URL="$url" VAGVAL_ADDR="127.0.0.1:${ports[$i]}" VAGVAL_SECRET_KEY="$key" \
    VAGVAL_PUBLIC_URL="http://$ADDR" VAGVAL_TRUSTED_PROXIES=127.0.0.1 \
    VAGVAL_DEMO=$([ "$i" = 0 ] && echo "$DEMO" || echo 0) \
    "$SERVER" serve > >(sed -u "s/^/[instance $((i + 1))] /") 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
      "http://127.0.0.1:${ports[$i]}/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
done

mkdir -p "$work/nginx"
if [ "$(id -u)" = 0 ]; then
  user="user nobody nogroup;"
  chmod 755 "$work"
  chown nobody "$work/nginx"
else
  user=""
fi
cat > "$work/nginx.conf" <<CONF
$user
worker_processes 1;
pid $work/nginx.pid;
error_log stderr warn;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    client_max_body_size 2m;
    upstream vagval {
        server 127.0.0.1:${ports[0]};
        server 127.0.0.1:${ports[1]};
        keepalive 16;
        # Shorter than the instances' header timeout (10 s): nginx drops an idle
        # connection before an instance does.
        keepalive_timeout 5s;
    }
    server {
        listen $ADDR;
        location / {
            proxy_pass http://vagval;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
CONF
"$(nginx_bin)" -p "$work" -c "$work/nginx.conf" &
pids+=($!)
echo "Vägval runs at http://$ADDR: nginx in front of two instances (ports ${ports[*]}) on one PostgreSQL. Ctrl-C stops it all."
wait
