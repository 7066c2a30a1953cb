# Sourced by scripts/kb and .ci/run: puts a Node >= 22.12 first on PATH.
# Astro 7 needs Node 22.12 or newer. When the machine's Node is older (or missing), a Node 24
# runtime is installed from the npm registry (the package node-<os>-<arch>@24 ships the binary)
# into a cache folder outside the project, and used for this run only.

kb_node_is_recent() {
	command -v node >/dev/null 2>&1 || return 1
	node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

kb_ensure_node() {
	if kb_node_is_recent; then return 0; fi
	local found="none"
	command -v node >/dev/null 2>&1 && found="$(node --version)"
	local os arch
	case "$(uname -s)" in
		Linux) os=linux ;;
		Darwin) os=darwin ;;
		*) echo "kb: Node >= 22.12 is needed (found $found); install it from https://nodejs.org" >&2; return 1 ;;
	esac
	case "$(uname -m)" in
		x86_64 | amd64) arch=x64 ;;
		aarch64 | arm64) arch=arm64 ;;
		*) echo "kb: Node >= 22.12 is needed (found $found); install it from https://nodejs.org" >&2; return 1 ;;
	esac
	local cache="${KB_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/aws-devops-kb/node24}"
	local bin="$cache/node_modules/node-$os-$arch/bin"
	if [ ! -x "$bin/node" ]; then
		if ! command -v npm >/dev/null 2>&1; then
			echo "kb: Node >= 22.12 is needed (found $found) and there is no npm to fetch it with; install Node 24 from https://nodejs.org" >&2
			return 1
		fi
		echo "kb: Node $found is older than 22.12, which Astro 7 needs: installing Node 24 from the npm package node-$os-$arch@24 into $cache"
		mkdir -p "$cache"
		[ -f "$cache/package.json" ] || echo '{"private":true}' >"$cache/package.json"
		npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "node-$os-$arch@24" >&2
	fi
	export PATH="$bin:$PATH"
	echo "kb: using Node $(node --version) from $bin (the machine's Node is $found)"
}
