// The shape of bench/results/latest.json: what one `npm run bench` measured.
import type { PageWeight } from './page-weight.ts';
import type { LighthouseSummary } from './lighthouse.ts';
import type { SidebarWeight } from './sidebar-weight.ts';
import type { SearchSample } from './search-latency.ts';
import type { RelevanceFigures, RelevanceOutcome } from './search-relevance.ts';
import type { PrecacheSize } from './precache-size.ts';
import type { DiagramTextSummary } from './diagram-text.ts';

export interface BuildRun {
	seconds: number;
	pages: number;
	/** Diagram variants drawn and taken from the cache (each diagram has a light and a dark one). */
	diagramVariantsRendered: number;
	diagramVariantsCached: number;
}

export interface BuildTimes {
	cold: BuildRun[];
	warm: BuildRun[];
	coldMedianSeconds: number;
	warmMedianSeconds: number;
	/** Warm median over cold median. */
	warmShare: number;
	pages: number;
	/** Diagrams of the site: variants / 2. */
	diagrams: number;
}

export type PageRole = 'home' | 'domain' | 'heaviest diagram';

export interface MeasuredPage {
	role: PageRole;
	path: string;
	weight: PageWeight;
	lighthouse?: LighthouseSummary;
}

export interface SearchResult {
	samples: SearchSample[];
	medianMs: number;
	/** Bytes fetched for the query (index chunks, fragments): median and largest. */
	medianBytes: number;
	maxBytes: number;
	/** Bytes fetched as the search box opens (UI, Pagefind, WebAssembly, metadata), median. */
	medianOpenBytes: number;
}

export interface RelevanceResult {
	overall: RelevanceFigures;
	domains: (RelevanceFigures & { domain: string })[];
	/** Every query: where its page came, and what came first. */
	outcomes: RelevanceOutcome[];
	/** Content pages with fewer queries than the budget asks. */
	pagesWithFewQueries: { path: string; queries: number }[];
}

export interface BenchResults {
	date: string;
	commit: string;
	machine: { cpus: number; cpuModel: string; loadAverage: number[]; node: string; browser: string };
	runs: number;
	quick: boolean;
	build: BuildTimes;
	pages: MeasuredPage[];
	precache?: PrecacheSize;
	search: SearchResult;
	relevance: RelevanceResult;
	/** Each diagram's smallest text as drawn on screen, at a phone's and a laptop's width. */
	diagramText: DiagramTextSummary[];
	sidebar: SidebarWeight[];
	scale?: { docsPages: number; build: BuildTimes; sidebar: SidebarWeight[] };
	/** Why the 1,000-page build gave no figures, when it failed. */
	scaleError?: string;
}
