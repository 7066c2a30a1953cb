import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The Chromium a machine without a browser gets, from the npm registry like the Node runtime
 * (scripts/ensure-node.sh): the package ships a headless Chromium, brotli-compressed, with the few
 * libraries it links (NSS, NSPR, expat) and a font. Pinned, so every machine draws diagrams with
 * the same browser; the unpack folder is named for the version, so a new pin fetches anew.
 */
export const NPM_CHROMIUM = { name: '@sparticuz/chromium', version: '153.0.0' } as const;

/** The cache folder of the fetched Chromium: `KB_BROWSER_CACHE`, else `~/.cache/aws-devops-kb/chromium`. */
export function npmChromiumCache(env: NodeJS.ProcessEnv = process.env): string {
	return env.KB_BROWSER_CACHE ?? join(env.XDG_CACHE_HOME ?? join(env.HOME ?? homedir(), '.cache'), 'aws-devops-kb', 'chromium');
}

/**
 * The executable to launch: a small shell script beside the unpacked browser that puts the
 * package's own libraries and fonts in front of the system's. Written last, so it exists only
 * once everything it needs is unpacked.
 */
export function npmChromiumLauncher(env: NodeJS.ProcessEnv = process.env): string {
	return join(npmChromiumCache(env), NPM_CHROMIUM.version, 'kb-chromium');
}

/**
 * The launcher's text. The package was built for AWS Lambda (Amazon Linux), where it is told
 * where its libraries are; here the same is done by hand: with its bundled NSS, NSPR and expat
 * first on the library path it needs nothing from the system but the C library, and a fresh
 * Debian has no NSS. Fonts: the system's configuration when there is one, plus the bundled Open
 * Sans, so text still has a face on a machine without fonts (diagrams and preview images bring
 * their own web font either way).
 */
export function launcherScript(dir: string): string {
	return `#!/bin/sh
# The headless Chromium of the npm package ${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version}, unpacked by src/lib/npm-chromium.ts.
dir='${dir}'
LD_LIBRARY_PATH="$dir/al2023/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
FONTCONFIG_FILE="$dir/fonts.conf"
export LD_LIBRARY_PATH FONTCONFIG_FILE
exec "$dir/chromium" "$@"
`;
}

export function fontsConfig(dir: string): string {
	return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dir}/fonts/fonts</dir>
  <cachedir>${dir}/fonts-cache</cachedir>
</fontconfig>
`;
}

/**
 * Installs the package into the cache with npm and unpacks it there; returns the launcher. Takes
 * about a minute (67 MB to download, 210 MB unpacked). `log` says what happens, for the console.
 */
export function fetchNpmChromium(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.error): string {
	const cache = npmChromiumCache(env);
	const dir = join(cache, NPM_CHROMIUM.version);
	const launcher = npmChromiumLauncher(env);
	if (existsSync(launcher)) return launcher;
	const spec = `${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version}`;
	log(`fetching a headless Chromium from the npm registry: ${spec} (67 MB) into ${cache}`);
	mkdirSync(dir, { recursive: true });
	if (!existsSync(join(cache, 'package.json'))) writeFileSync(join(cache, 'package.json'), '{"private":true}\n');
	execFileSync('npm', ['install', '--prefix', cache, '--no-audit', '--no-fund', '--loglevel=error', spec], { stdio: ['ignore', 'inherit', 'inherit'] });
	log(`unpacking it into ${dir}`);
	// The package unpacks into the temporary folder (it was made for Lambda's /tmp); pointing
	// TMPDIR at the cache puts the browser where it stays. Its `inflate` also unpacks the libraries,
	// which the package itself only does on Amazon Linux.
	const unpack = `
		import Chromium, { inflate } from '${NPM_CHROMIUM.name}';
		await Chromium.executablePath();
		await inflate(new URL('../bin/al2023.tar.br', import.meta.resolve('${NPM_CHROMIUM.name}')).pathname);`;
	execFileSync(process.execPath, ['--input-type=module', '-e', unpack], { cwd: cache, env: { ...env, TMPDIR: dir }, stdio: ['ignore', 'inherit', 'inherit'] });
	for (const needed of ['chromium', 'al2023/lib/libnss3.so', 'fonts/fonts']) {
		if (!existsSync(join(dir, needed))) throw new Error(`${spec} unpacked into ${dir} without ${needed}; delete ${dir} and try again, or set CHROME_PATH to a Chromium.`);
	}
	writeFileSync(join(dir, 'fonts.conf'), fontsConfig(dir));
	writeFileSync(`${launcher}.tmp`, launcherScript(dir));
	chmodSync(`${launcher}.tmp`, 0o755);
	renameSync(`${launcher}.tmp`, launcher);
	return launcher;
}
