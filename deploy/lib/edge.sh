# Shared by deploy/rolling-deploy and deploy/topology (sourced, not run): HAProxy's
# runtime API and small helpers.
#
# ADTOPAPER_EDGE_ADMIN lists the runtime APIs to drive, as socat addresses, separated by
# spaces: every HAProxy of a keepalived pair must drain a node, not only the active one
# (production: "unix-connect:/run/haproxy/admin.sock" on each, or a TCP socket on the
# private network, e.g. "tcp:10.0.0.2:9999" with "stats socket ipv4@10.0.0.2:9999 level admin").

say() { printf '%s %s: %s\n' "$(date +%H:%M:%S)" "${0##*/}" "$*" >&2; }
die() { say "$*"; exit 1; }

edge_admins() { echo "${ADTOPAPER_EDGE_ADMIN:-unix-connect:/run/haproxy/admin.sock}"; }

# edge_cmd "show stat" → the answer of the first runtime API (all for state changes)
edge_cmd() {
  local admin
  for admin in $(edge_admins); do
    echo "$1" | socat -t 5 stdio "$admin" || return 1
    return 0
  done
}

edge_cmd_all() {
  local admin answer
  for admin in $(edge_admins); do
    answer=$(echo "$1" | socat -t 5 stdio "$admin") || die "HAProxy's runtime API at $admin does not answer"
    [ -z "$answer" ] || { [ "$answer" = $'\n' ] || say "$admin: $answer"; }
  done
}

# a field of a server's line in "show stat": 5 = current sessions (scur), 3 = queued
# (qcur), 18 = status (UP, DOWN, DRAIN, MAINT, ...)
edge_stat() { # backend server field
  local admin value total=0
  for admin in $(edge_admins); do
    value=$(echo "show stat" | socat -t 5 stdio "$admin" | awk -F, -v b="$1" -v s="$2" -v f="$3" '$1==b && $2==s {print $f}')
    if [ "$3" = 18 ]; then echo "$value"; return 0; fi
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

edge_backend() { echo "${ADTOPAPER_EDGE_BACKEND:-nodes}"; }

edge_drain() { edge_cmd_all "set server $(edge_backend)/$1 state drain"; }
edge_maint() { edge_cmd_all "set server $(edge_backend)/$1 state maint"; }
edge_ready() { edge_cmd_all "set server $(edge_backend)/$1 state ready"; }

# waits until no request of the node's is in flight or queued on any HAProxy (an SSE stream
# that outlives the timeout is closed by the node's graceful stop: browsers reconnect)
edge_wait_idle() { # node timeout-seconds
  local deadline=$((SECONDS + $2)) scur qcur
  while :; do
    scur=$(edge_stat "$(edge_backend)" "$1" 5)
    qcur=$(edge_stat "$(edge_backend)" "$1" 3)
    [ "$scur" = 0 ] && [ "$qcur" = 0 ] && return 0
    [ $SECONDS -ge $deadline ] && { say "$1 still has $scur request(s) in flight after $2 s: going on"; return 0; }
    sleep 0.2
  done
}

# waits until HAProxy's health check has the node UP again
edge_wait_up() { # node timeout-seconds
  local deadline=$((SECONDS + $2)) status
  while :; do
    status=$(edge_stat "$(edge_backend)" "$1" 18)
    case "$status" in UP*) return 0 ;; esac
    [ $SECONDS -ge $deadline ] && die "$1 is not UP in HAProxy after $2 s (status: $status)"
    sleep 0.2
  done
}

# waits until a URL answers 200
wait_http_200() { # url timeout-seconds
  local deadline=$((SECONDS + $2))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1")" = 200 ]; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.5
  done
}

# a JDK that runs the JAR (it is built for Java 21)
find_java() {
  if [ -n "${ADTOPAPER_JAVA:-}" ]; then echo "$ADTOPAPER_JAVA"; return; fi
  local candidate version
  for candidate in "${JAVA21_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java)"; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    [ "${version%%.*}" -ge 21 ] 2>/dev/null && { echo "$candidate"; return; }
  done
  die "no Java 21 or newer found: set ADTOPAPER_JAVA"
}
