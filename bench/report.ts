import type { BudgetCheck } from './check-budgets.ts';
import { LEGIBLE_IN_TESTS_PX } from './diagram-text.ts';
import { kb, ms, percent, percent1, seconds } from './format.ts';
import type { BenchResults, BuildTimes, RelevanceResult } from './results.ts';
import type { SidebarWeight } from './sidebar-weight.ts';
import { median } from './stats.ts';

const table = (head: string[], rows: string[][]) =>
	[`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The results of one run as Markdown: a section per measurement, then the budgets. */
export function formatReport(results: BenchResults, checks: BudgetCheck[]): string {
	const { machine } = results;
	const sections = [
		`# Benchmark, ${results.date} (${results.commit})`,
		`${machine.cpus} × ${machine.cpuModel}, load ${machine.loadAverage.map((load) => load.toFixed(2)).join(' / ')} at start, Node ${machine.node}, Chromium ${machine.browser}; ` +
			`${results.runs} run(s) per timing${results.quick ? '; quick run: no Lighthouse, no 1,000-page site' : ''}. ` +
			'Times are wall-clock on a shared machine: other work running at the same time makes them noisy.',
		'## Build',
		'Medians of the runs; the fastest run in brackets (the least disturbed by other work on the machine).',
		buildTable([['This site', results.build], ...(results.scale ? [[`Generated, ${results.scale.docsPages} content pages`, results.scale.build] as [string, BuildTimes]] : [])]),
		...(results.scaleError ? [`The 1,000-page build failed: ${results.scaleError}`] : []),
		'## Page weight (no interaction, service worker blocked, gzip as a static host serves it)',
		table(
			['Page', 'HTML', 'CSS', 'JS', 'Fonts', 'Images', 'Other', 'Total', 'Requests', 'JS before interaction', 'Mermaid'],
			results.pages.map(({ role, path, weight: w }) => [
				`${role} \`${path}\``,
				kb(w.bytes.document),
				kb(w.bytes.stylesheet),
				kb(w.bytes.script),
				kb(w.bytes.font),
				kb(w.bytes.image),
				kb(w.bytes.other),
				kb(w.bytes.total),
				String(w.requests),
				kb(w.jsBeforeInteraction),
				w.mermaidRuntime.length ? w.mermaidRuntime.join(', ') : 'none',
			]),
		),
		`Styles are inline in each page's HTML (counted under HTML): ${results.pages.map(({ role, weight }) => `${role} ${kb(weight.inlineStyleBytes ?? 0)}`).join(', ')} gzipped on their own.`,
		'JavaScript before interaction, file by file (gzipped; inline scripts gzipped together):',
		results.pages.map(({ role, weight }) => `- ${role}: ${weight.scripts.map((s) => `\`${s.url}\` ${kb(s.bytes)}`).join(', ')}`).join('\n'),
		...(results.precache
			? [`Service worker precache (not page weight; downloads in the background after the first visit): ${results.precache.files} files, ${kb(results.precache.gzipBytes)} transferred (${kb(results.precache.bytes)} uncompressed).`]
			: []),
	];
	if (results.pages.some((page) => page.lighthouse)) {
		sections.push(
			'## Lighthouse (mobile)',
			table(
				['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
				results.pages.map(({ role, path, lighthouse: lh }) =>
					lh
						? [`${role} \`${path}\``, ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => String(lh.scores[c])), ms(lh.lcpMs), ms(lh.tbtMs), lh.cls.toFixed(3)]
						: [`${role} \`${path}\``, '–', '–', '–', '–', '–', '–', '–'],
				),
			),
			...results.pages.flatMap(({ role, lighthouse: lh }) => (lh?.shortfalls.length ? [`Audits below full marks on the ${role} page (worst run): ${lh.shortfalls.join('; ')}`] : [])),
		);
	}
	const terms = [...new Set(results.search.samples.map((sample) => sample.term))];
	sections.push(
		'## Search (home page, fresh browser context per run)',
		`First result ${ms(results.search.medianMs)} after the last keystroke (median of ${results.search.samples.length}); ` +
			`opening search fetched ${kb(results.search.medianOpenBytes)} (median, once per visit), ` +
			`the first query ${kb(results.search.medianBytes)} (median), ${kb(results.search.maxBytes)} at most.`,
		table(
			['Term', 'First result (median)', 'Fetched on opening', 'Fetched for the query'],
			terms.map((term) => {
				const samples = results.search.samples.filter((sample) => sample.term === term);
				return [term, ms(median(samples.map((s) => s.ms))!), kb(median(samples.map((s) => s.openBytes))!), kb(median(samples.map((s) => s.bytes))!)];
			}),
		),
		`Fetched for "${results.search.samples[0]?.term}": ${results.search.samples[0]?.files.map((f) => `\`${f.url}\` ${kb(f.bytes)} (${f.when})`).join(', ')}`,
		...relevanceSections(results.relevance),
		'## Diagram text on screen',
		`Each diagram's smallest label as the page draws it (font size × the drawing's scale), over every built diagram; a diagram wider than the column keeps a minimum scale and scrolls sideways inside its figure. Legible: at least ${LEGIBLE_IN_TESTS_PX} px.`,
		table(
			['Window', 'Diagrams', 'Smallest', 'Median', 'Legible', 'Legible without scrolling', 'Smallest five'],
			results.diagramText.map((summary) => [
				`${summary.width} px`,
				String(summary.diagrams),
				`${summary.smallestPx} px`,
				`${summary.medianPx.toFixed(1)} px`,
				String(summary.legible),
				`${summary.legibleWithoutScrolling} (${percent(summary.legibleWithoutScrolling / summary.diagrams)})`,
				summary.worst.map((diagram) => `\`${diagram.page}\` ${diagram.textPx} px`).join(', '),
			]),
		),
		'## Sidebar markup',
		"Gzipped: what the sidebar adds to the gzipped page. A page carries its own domain's links; the other domains' groups are collapsed and carry only their landing page until opened.",
		sidebarTable([
			['This site', results.sidebar],
			...(results.scale ? [[`Generated, ${results.scale.docsPages} pages`, results.scale.sidebar] as [string, SidebarWeight[]]] : []),
		]),
		'## Budgets',
		table(
			['Budget', 'Measured', 'Limit', 'Result'],
			checks.map((check) => [check.name, check.measured, check.limit, check.pass === undefined ? 'not measured' : check.pass ? 'pass' : '**FAIL**']),
		),
	);
	return sections.join('\n\n') + '\n';
}

function buildTable(sites: [string, BuildTimes][]): string {
	return table(
		['Site', 'Pages built', 'Diagrams', 'Cold (fastest)', 'Warm (fastest)', 'Warm / cold', 'Cold per page', 'Diagrams drawn cold / warm'],
		sites.map(([name, build]) => [
			name,
			String(build.pages),
			String(build.diagrams),
			`${seconds(build.coldMedianSeconds)} (${seconds(Math.min(...build.cold.map((run) => run.seconds)))})`,
			`${seconds(build.warmMedianSeconds)} (${seconds(Math.min(...build.warm.map((run) => run.seconds)))})`,
			percent(build.warmShare),
			`${((build.coldMedianSeconds / build.pages) * 1000).toFixed(0)} ms`,
			`${build.cold[0]!.diagramVariantsRendered / 2} / ${build.warm[0]!.diagramVariantsRendered / 2}`,
		]),
	);
}

function sidebarTable(sites: [string, SidebarWeight[]][]): string {
	const rows = sites.flatMap(([name, pages]) =>
		pages.map((page) => [
			name,
			`\`${page.path}\``,
			String(page.links),
			kb(page.htmlBytes),
			kb(page.sidebarBytes),
			kb(page.sidebarGzipBytes),
			percent(page.sidebarGzipBytes / page.htmlGzipBytes),
		]),
	);
	return table(['Site', 'Page', 'Links', 'HTML', 'Sidebar', 'Sidebar gzipped', 'Share of the gzipped page'], rows);
}

function relevanceSections(relevance: RelevanceResult): string[] {
	const row = (name: string, f: RelevanceResult['overall']) => [name, String(f.queries), percent1(f.first), percent1(f.top3), f.mrr.toFixed(3)];
	const misses = relevance.outcomes.filter((outcome) => outcome.rank !== 1);
	return [
		`## Search relevance (${relevance.overall.queries} queries of bench/relevance/, typed into the real search UI)`,
		'First: the right page (and section, where one is given) is the first result; top 3: among the first three; MRR: mean reciprocal rank over the first 10.',
		table(['Domain', 'Queries', 'First', 'Top 3', 'MRR'], [...relevance.domains.map((d) => row(d.domain, d)), row('**All**', relevance.overall)]),
		misses.length
			? `Queries whose right page is not first (${misses.length}):\n\n` +
				misses
					.map(
						(o) =>
							`- "${o.query}"${o.searchedAs !== o.query ? ` (searched as "${o.searchedAs}")` : ''} → \`${o.path}${o.section ?? ''}\`: ` +
							`${o.rank ? `${ordinal(o.rank)}` : 'not in the first 10'}; first: ${o.top.map((t) => `\`${t}\``).join(', ') || 'no results'}`,
					)
					.join('\n')
			: 'Every query finds its page first.',
		relevance.pagesWithFewQueries.length
			? `Pages that need queries (CONTRIBUTING.md): ${relevance.pagesWithFewQueries.map((p) => `\`${p.path}\` (${p.queries})`).join(', ')}`
			: 'Every content page has its queries.',
	];
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
