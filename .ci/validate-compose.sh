#!/usr/bin/env bash
# Validates the deployment in infra/ without a Docker engine (none runs on CI's machine):
#   1. docker-compose.yml, with infra/.env.example as its env file, through compose's own `config`;
#   2. gateway.conf through nginx's own `nginx -t`;
#   3. .env.example against docker-compose.yml, the Dockerfile and the product's configuration
#      schema (infra/check-env.ts);
#   4. the Dockerfile through a Dockerfile linter, since no image can be built here.
# Installs what it lacks (Debian's packages; the linter from npm into a temporary folder). Needs
# the repository's node_modules (npm ci) for step 3.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing or stale on a new machine: on failure, update them and retry.
apt_install() {
  apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}

# 1. Compose. The machine has the docker client without its compose plugin, and the plugin comes
# from no registry reachable here; Debian's docker-compose (1.29, Python) validates the same file
# format (the Compose Specification) and, for `config`, talks to no engine. The file keeps to what
# both it and Compose v2 accept. `env -i`: the shell's variables would override the env file's.
if ! command -v docker-compose >/dev/null 2>&1; then
  apt_install docker-compose
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
env -i PATH="$PATH" docker-compose -f infra/docker-compose.yml --env-file infra/.env.example config >"$work/resolved.yml"
echo "compose: infra/docker-compose.yml is valid with infra/.env.example"

# 2. The gateway. Debian's nginx binary, unpacked rather than installed so that no server is set up
# or started on this machine. `nginx -t` resolves the upstream names, which exist only on the
# compose network: in a mount namespace of its own, /etc/hosts maps them to this machine.
(cd "$work" && apt-get download nginx >/dev/null 2>&1 || { apt-get update -qq && apt-get download nginx >/dev/null; })
dpkg-deb -x "$work"/nginx_*.deb "$work/root"
services="$(sed -n 's/^ *server \([a-z-]*\):3000;$/\1/p' infra/gateway.conf | sort -u | tr '\n' ' ')"
{ cat /etc/hosts; echo "127.0.0.1 $services"; } >"$work/hosts"
# nginx -t creates its temporary folders and opens its log, by default under /var: here instead.
mkdir "$work/prefix"
cat >"$work/nginx.conf" <<EOF
events {}
http {
    client_body_temp_path $work/prefix/body;
    proxy_temp_path $work/prefix/proxy;
    fastcgi_temp_path $work/prefix/fastcgi;
    uwsgi_temp_path $work/prefix/uwsgi;
    scgi_temp_path $work/prefix/scgi;
    access_log off;
    include $PWD/infra/gateway.conf;
}
EOF
unshare --mount sh -c "mount --bind '$work/hosts' /etc/hosts && '$work/root/usr/sbin/nginx' -q -t -e stderr -p '$work/prefix' -c '$work/nginx.conf'"
echo "gateway: infra/gateway.conf is valid (nginx -t), upstreams: $services"

# 3. The variables: the compose file as written and as resolved with .env.example, each turned into
# JSON by the YAML library docker-compose runs on (Debian's python3-yaml, its dependency), so that
# anchors and merge keys resolve as compose sees them.
to_json() { /usr/bin/python3 -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)' "$1"; }
to_json infra/docker-compose.yml >"$work/written.json"
to_json "$work/resolved.yml" >"$work/resolved.json"
node --import tsx infra/check-env.ts "$work/written.json" "$work/resolved.json"

# 4. The Dockerfile: dockerfile-utils (the parser and linter of the Docker language server) checks
# each instruction and its flags. Pinned; installed apart, so the product's lockfile is untouched.
npm install --prefix "$work/lint" --no-save --no-audit --no-fund --loglevel=error dockerfile-utils@0.16.3 >/dev/null
NODE_PATH="$work/lint/node_modules" node -e '
  const { validate } = require("dockerfile-utils");
  const text = require("fs").readFileSync("infra/Dockerfile", "utf8");
  Promise.resolve(validate(text)).then((problems) => {
    for (const problem of problems) console.error(`infra/Dockerfile:${problem.range.start.line + 1}: ${problem.message}`);
    if (problems.length > 0) process.exit(1);
    console.log("dockerfile: infra/Dockerfile has no problems (dockerfile-utils)");
  });
'
