// `npm run bench [-- --check] [-- --quick] [-- --runs N]`: builds the site and measures it against
// the budgets of issues 6 and 11 (bench/budgets.json). See bench/README.md for what each figure means.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { DOMAINS } from '../src/lib/domains.ts';
import { CHROMIUM_ARGS, findBrowser } from '../src/lib/find-browser.ts';
import { outDirOf, timeBuilds } from './build-time.ts';
import { readBudgets } from './budgets.ts';
import { checkBudgets } from './check-budgets.ts';
import { runLighthouse } from './lighthouse.ts';
import { measurePageWeight } from './page-weight.ts';
import { READER_WIDTHS, measureDiagramText, summariseDiagramText } from './diagram-text.ts';
import { findHeaviestDiagramPage, listDiagramPages } from './pick-pages.ts';
import { measurePrecache } from './precache-size.ts';
import { formatReport } from './report.ts';
import type { BenchResults, MeasuredPage, PageRole } from './results.ts';
import { generateScaleDocs } from './scale-site.ts';
import { measureSearch } from './search-latency.ts';
import { findPagesWithFewQueries, readRelevanceSet } from './relevance-set.ts';
import { measureRelevance, summariseRelevance } from './search-relevance.ts';
import { serveSite } from './serve-site.ts';
import { measureSidebars } from './sidebar-weight.ts';
import { median } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SCALE_PAGES = 1000;

const { values: flags } = parseArgs({ options: { check: { type: 'boolean' }, quick: { type: 'boolean' }, runs: { type: 'string' } } });
const quick = flags.quick ?? false;
const runs = Number(flags.runs ?? (quick ? 1 : 3));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of 1 or more, not ${flags.runs}`);
// Everything the benchmark builds goes here, never into the repository's dist/ or caches.
const workRoot = resolve(process.env.KB_BENCH_DIR ?? join(tmpdir(), 'kb-bench'));
const docsDir = resolve(ROOT, process.env.KB_DOCS_DIR ?? 'docs');
const log = (line: string) => console.error(`[bench] ${line}`);

const budgets = readBudgets();
// Checked before minutes of building: a broken relevance set fails fast, naming file and line.
const relevanceQueries = readRelevanceSet(docsDir);

const startLoad = loadavg();
log(`building ${docsDir} into ${workRoot}/site, ${runs} cold + warm run(s)`);
const site = { docsDir, workDir: join(workRoot, 'site') };
const build = await timeBuilds(site, runs, log);
const distDir = outDirOf(site);

const heaviest = findHeaviestDiagramPage(distDir);
const targets: [PageRole, string][] = [['home', '/'], ['domain', `/${DOMAINS[0]!.slug}/`], ['heaviest diagram', heaviest]];
const server = await serveSite(distDir);
let measured: Awaited<ReturnType<typeof measureInBrowser>>;
try {
	measured = await measureInBrowser(server.origin);
	if (!quick) {
		log('running Lighthouse (mobile)');
		const reports = await runLighthouse(targets.map(([, path]) => server.origin + path), runs);
		for (const page of measured.pages) page.lighthouse = reports.get(server.origin + page.path);
	}
} finally {
	await server.close();
}
const { pages, search, relevance, diagramText, browserVersion } = measured;
const sidebar = measureSidebars(distDir, targets.map(([, path]) => path));

let scale: BenchResults['scale'];
let scaleError: string | undefined;
if (!quick) {
	const scaleDocs = join(workRoot, 'scale-docs');
	const generated = generateScaleDocs(docsDir, scaleDocs, SCALE_PAGES);
	log(`building a ${SCALE_PAGES}-page site (${generated} generated pages), once cold and once warm`);
	const scaleSite = { docsDir: scaleDocs, workDir: join(workRoot, 'scale') };
	// Minutes of measurements are already in hand: a failed large build is reported, not fatal.
	try {
		const scaleBuild = await timeBuilds(scaleSite, 1, log);
		scale = { docsPages: SCALE_PAGES, build: scaleBuild, sidebar: measureSidebars(outDirOf(scaleSite), ['/', `/${DOMAINS[0]!.slug}/`, `/${DOMAINS[0]!.slug}/generated-0001/`]) };
	} catch (error) {
		scaleError = (error as Error).message.split('\n')[0];
		log(`the ${SCALE_PAGES}-page build failed: ${scaleError}`);
	}
}

const results: BenchResults = {
	date: new Date().toISOString(),
	commit: describeCommit(),
	machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverage: startLoad, node: process.version, browser: browserVersion },
	runs,
	quick,
	build,
	pages,
	precache: measurePrecache(distDir),
	search,
	relevance,
	diagramText,
	sidebar,
	scale,
	scaleError,
};
const checks = checkBudgets(results, budgets);
// A quick run is partial: it must not replace the full results kept in the repository.
const resultsFile = join(ROOT, 'bench/results', quick ? 'quick' : 'latest');
const report = formatReport(results, checks);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(`${resultsFile}.json`, JSON.stringify({ ...results, budgets: checks }, null, '\t') + '\n');
writeFileSync(`${resultsFile}.md`, report);
console.log(report);
log(`results written to ${resultsFile}.json and .md`);

if (flags.check) {
	const missed = checks.filter((check) => check.pass === false);
	for (const check of missed) console.error(`budget missed: ${check.name}: ${check.measured} (limit ${check.limit})`);
	if (missed.length) process.exit(1);
	log('all measured budgets met');
}

/** Page weights, search timings, search relevance and diagram text sizes, in one headless Chromium; closed before Lighthouse starts its own. */
async function measureInBrowser(origin: string) {
	const browser = await chromium.launch({ executablePath: findBrowser().executablePath, args: CHROMIUM_ARGS });
	try {
		const pages: MeasuredPage[] = [];
		for (const [role, path] of targets) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			pages.push({ role, path, weight: await measurePageWeight(await context.newPage(), origin + path) });
			await context.close();
		}
		log('page weights measured; timing search');
		const samples = await measureSearch(browser, origin, runs);
		const bytes = samples.map((sample) => sample.bytes);
		const search = {
			samples,
			medianMs: median(samples.map((sample) => sample.ms))!,
			medianBytes: median(bytes)!,
			maxBytes: Math.max(...bytes),
			medianOpenBytes: median(samples.map((sample) => sample.openBytes))!,
		};
		log(`search timed; typing the ${relevanceQueries.length} queries of the relevance set`);
		const outcomes = await measureRelevance(browser, origin, relevanceQueries);
		const relevance = {
			overall: summariseRelevance(outcomes),
			domains: DOMAINS.filter((domain) => outcomes.some((o) => o.domain === domain.slug)).map((domain) => ({
				domain: domain.slug,
				...summariseRelevance(outcomes.filter((o) => o.domain === domain.slug)),
			})),
			outcomes,
			pagesWithFewQueries: findPagesWithFewQueries(docsDir, relevanceQueries, budgets.searchRelevance.minQueriesPerPage),
		};
		log('timing done; measuring diagram text at a phone and a laptop width');
		const diagramPages = listDiagramPages(distDir);
		const diagramText: BenchResults['diagramText'] = [];
		for (const width of Object.values(READER_WIDTHS)) diagramText.push(summariseDiagramText(await measureDiagramText(browser, origin, diagramPages, width), width));
		return { pages, search, relevance, diagramText, browserVersion: browser.version() };
	} finally {
		await browser.close();
	}
}

function describeCommit(): string {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
	return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? ' + uncommitted changes' : '');
}
