import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findBrowser } from '../src/lib/find-browser.ts';
import { median } from './stats.ts';

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseSummary {
	/** Median of the runs, 0-100, by category id (`performance`, `seo`…). */
	scores: Record<string, number>;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Audits below full marks in any run (the category may still round to 100), so a lower score says why. */
	shortfalls: string[];
}

/**
 * Lighthouse's default (mobile: emulated phone, simulated slow 4G and CPU slowdown) on each URL,
 * `runs` times, in one headless Chromium; scores and metrics are medians over the runs.
 */
export async function runLighthouse(urls: string[], runs: number): Promise<Map<string, LighthouseSummary>> {
	const chrome = await launch({ chromePath: findBrowser().executablePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
	try {
		const summaries = new Map<string, LighthouseSummary>();
		for (const url of urls) {
			const reports: Report[] = [];
			for (let run = 0; run < runs; run++) {
				reports.push(await runOnce(url, chrome.port));
			}
			const metric = (id: string) => median(reports.map((lhr) => lhr.audits[id]?.numericValue ?? NaN))!;
			const scores = Object.fromEntries(
				CATEGORIES.map((category) => [category, Math.round(median(reports.map((lhr) => (lhr.categories[category]?.score ?? 0) * 100))!)]),
			);
			// One entry per audit, with its worst value over the runs.
			const shortfalls = new Map<string, { score: number; text: string }>();
			for (const lhr of reports) {
				for (const category of CATEGORIES) {
					for (const ref of lhr.categories[category]?.auditRefs ?? []) {
						const audit = lhr.audits[ref.id];
						if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
						const key = `${category}: ${audit.id}`;
						if ((shortfalls.get(key)?.score ?? 1) > audit.score) shortfalls.set(key, { score: audit.score, text: `${key} (${audit.displayValue || audit.title})` });
					}
				}
			}
			summaries.set(url, { scores, lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), shortfalls: [...shortfalls.values()].map((entry) => entry.text) });
		}
		return summaries;
	} finally {
		chrome.kill();
	}
}

/**
 * One Lighthouse run. A run that fails to record its trace (NO_NAVSTART and the like, which
 * Lighthouse itself says to retry, and which a busy 2-core machine sometimes causes) is tried
 * again, twice at most.
 */
async function runOnce(url: string, port: number, attempt = 1): Promise<Report> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
	if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
	const error = result.lhr.runtimeError;
	if (!error) return result.lhr;
	if (attempt < 3) {
		console.log(`[bench] Lighthouse run on ${url} failed (${error.code}); trying again`);
		return runOnce(url, port, attempt + 1);
	}
	throw new Error(`Lighthouse failed on ${url}: ${error.message}`);
}
