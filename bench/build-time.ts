import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBuildLog } from './build-log.ts';
import type { BuildRun, BuildTimes } from './results.ts';
import { median } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Where one site's build goes: its content, output and both caches, all outside the repository. */
export interface BuildPlace {
	docsDir: string;
	workDir: string;
}

export const outDirOf = (place: BuildPlace) => join(place.workDir, 'dist');

/**
 * Builds the site `runs` times from scratch (empty output, Astro cache and diagram/preview-image
 * cache), each followed by a warm rebuild with no change, and returns the wall-clock times.
 * Everything lives under `workDir`, so the lead's `dist/` and `node_modules/.cache` are untouched.
 */
export async function timeBuilds(place: BuildPlace, runs: number, log: (line: string) => void): Promise<BuildTimes> {
	const cold: BuildRun[] = [];
	const warm: BuildRun[] = [];
	for (let run = 1; run <= runs; run++) {
		rmSync(place.workDir, { recursive: true, force: true });
		mkdirSync(place.workDir, { recursive: true });
		cold.push(await build(place, `cold-${run}`));
		log(`cold build ${run}/${runs}: ${cold.at(-1)!.seconds.toFixed(1)} s`);
		warm.push(await build(place, `warm-${run}`));
		log(`warm build ${run}/${runs}: ${warm.at(-1)!.seconds.toFixed(1)} s`);
	}
	const coldMedianSeconds = median(cold.map((b) => b.seconds))!;
	const warmMedianSeconds = median(warm.map((b) => b.seconds))!;
	const first = cold[0]!;
	return {
		cold,
		warm,
		coldMedianSeconds,
		warmMedianSeconds,
		warmShare: warmMedianSeconds / coldMedianSeconds,
		pages: first.pages,
		diagrams: (first.diagramVariantsRendered + first.diagramVariantsCached) / 2,
	};
}

/** One `astro build`, timed from process start to exit as a writer waits for it; the log is kept in workDir. */
async function build(place: BuildPlace, name: string): Promise<BuildRun> {
	const env = {
		...process.env,
		KB_DOCS_DIR: place.docsDir,
		KB_OUT_DIR: outDirOf(place),
		KB_CACHE_DIR: join(place.workDir, 'astro-cache'),
		KB_BUILD_CACHE: join(place.workDir, 'build-cache'),
	};
	const started = performance.now();
	const { code, output } = await run(process.execPath, [ASTRO, 'build'], env);
	const seconds = (performance.now() - started) / 1000;
	const logFile = join(place.workDir, `build-${name}.log`);
	writeFileSync(logFile, output);
	if (code !== 0) throw new Error(`astro build (${name}) failed with exit code ${code}; log: ${logFile}\n${output.slice(-3000)}`);
	return { seconds, ...parseBuildLog(output) };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
	return new Promise((done, fail) => {
		const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, output }));
	});
}
