import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface BuildResult {
	status: number | null;
	/** stdout and stderr, without colours. */
	output: string;
	dir: string;
}

const createdDirs = new Set<string>();

/** Removes the folders the builds of this test file made (call it in `afterAll`). */
export function removeFixtureDirs(): void {
	for (const dir of createdDirs) rmSync(dir, { recursive: true, force: true });
	createdDirs.clear();
}

/**
 * Builds the base fixture site plus the files of one error fixture with the project's real
 * configuration (schema, plugins, checks), in a fresh folder so builds do not share state.
 */
export function buildFixture(name: string | undefined, options: { dir?: string; env?: Record<string, string> } = {}): BuildResult {
	const dir = options.dir ?? mkdtempSync(join(tmpdir(), `kb-build-${name ?? 'base'}-`));
	createdDirs.add(dir);
	cpSync(join(FIXTURES, 'base/docs'), join(dir, 'docs'), { recursive: true });
	if (name) cpSync(join(FIXTURES, name, 'docs'), join(dir, 'docs'), { recursive: true });
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...getCleanEnv(),
			KB_DOCS_DIR: join(dir, 'docs'),
			KB_OUT_DIR: join(dir, 'dist'),
			KB_CACHE_DIR: join(dir, 'astro-cache'),
			FORCE_COLOR: '0',
			...options.env,
		},
	});
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, output, dir };
}

/**
 * The environment without what Vitest sets for its own workers (NODE_ENV=test, BASE_URL=/, …), which
 * would change how Astro builds, and without CI's strictness about wide diagrams: a fixture sets the
 * strictness it tests.
 */
function getCleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (key.startsWith('VITEST') || ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'KB_STRICT_DIAGRAMS'].includes(key)) delete env[key];
	}
	return env;
}
