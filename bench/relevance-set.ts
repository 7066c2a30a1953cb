import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { findClosest } from '../src/lib/closest.ts';
import { DOMAINS } from '../src/lib/domains.ts';

/**
 * The search relevance set: for each content page, queries a reader types when that page is the
 * answer, one YAML file per domain (`bench/relevance/<domain>.yml`), kept with the content and
 * measured by `npm run bench` through the real search UI. The format, for writers:
 *
 *   /sdlc/codecommit/:
 *     - codecommit branch permissions            # a query; this page should come first
 *     - query: deny push to main codecommit
 *       section: '#protecting-branches'          # and this section should be among its matches
 */
export interface RelevanceQuery {
	query: string;
	/** The page that should come first: `/sdlc/codecommit/`. */
	path: string;
	/** Optionally the section of that page the result should lead to: `#protecting-branches`. */
	section?: string;
	domain: string;
}

export const RELEVANCE_DIR = new URL('./relevance/', import.meta.url).pathname;

const PAGE_PATH = /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/;
const entrySchema = z.union([
	z.string().trim().min(2, 'a query needs at least two characters'),
	z.strictObject({
		query: z.string().trim().min(2, 'a query needs at least two characters'),
		section: z.string().regex(/^#[a-z0-9_-]+$/, 'a section is an anchor of the page, such as #protecting-branches'),
	}),
]);
const fileSchema = z.record(z.string(), z.array(entrySchema).min(1, 'list at least one query under the page'));

export interface ContentPage {
	path: string;
	file: string;
	domain: string;
	title: string;
	/** Anchors of the page's headings, as the site slugs them. */
	anchors: Set<string>;
	/** Title and headings, lower case, for the rule that a query is not a copied heading. */
	headings: Set<string>;
}

/** The content pages of a docs folder: `docs/<domain>/<slug>.mdx`, landing pages and drafts excluded. */
export function readContentPages(docsDir: string): Map<string, ContentPage> {
	const pages = new Map<string, ContentPage>();
	for (const domain of DOMAINS) {
		const folder = join(docsDir, domain.slug);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder).sort()) {
			if (!/^[^_].*\.mdx?$/.test(name) || /^index\.mdx?$/.test(name)) continue;
			const file = join(folder, name);
			const text = readFileSync(file, 'utf8');
			const frontMatter = (yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as { title?: string };
			const body = text.replace(/^---\n[\s\S]*?\n---/, '').replace(/^```[\s\S]*?^```/gm, '');
			const slugger = new GithubSlugger();
			const headingTexts = [...body.matchAll(/^#{2,6}\s+(.+)$/gm)].map(([, heading]) => heading!.replace(/`/g, '').trim());
			const path = `/${domain.slug}/${name.replace(/\.mdx?$/, '')}/`;
			pages.set(path, {
				path,
				file,
				domain: domain.slug,
				title: frontMatter.title ?? path,
				anchors: new Set(headingTexts.map((heading) => slugger.slug(heading))),
				headings: new Set([frontMatter.title ?? '', ...headingTexts].map(normalise)),
			});
		}
	}
	return pages;
}

/**
 * Reads and checks every relevance file. Throws one error listing every problem, each with its
 * file, line and fix: an unknown page (with the closest one), a page filed under another domain,
 * an unknown section, a query that copies the page's title or a heading, a query listed twice.
 */
export function readRelevanceSet(docsDir: string, dir = RELEVANCE_DIR): RelevanceQuery[] {
	const pages = readContentPages(docsDir);
	const problems: string[] = [];
	const queries: RelevanceQuery[] = [];
	const seen = new Map<string, string>();
	for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
		if (!name.endsWith('.yml')) continue;
		const file = join(dir, name);
		const where = (line: number) => `${relative(process.cwd(), file)}:${line}`;
		const text = readFileSync(file, 'utf8');
		const domain = name.replace(/\.yml$/, '');
		if (!DOMAINS.some((d) => d.slug === domain)) {
			problems.push(`${where(1)}: no exam domain is called "${domain}". Fix: name the file after a domain folder: ${DOMAINS.map((d) => `${d.slug}.yml`).join(', ')}.`);
			continue;
		}
		let parsed: z.infer<typeof fileSchema>;
		try {
			const result = fileSchema.safeParse(yaml.load(text) ?? {});
			if (!result.success) {
				for (const issue of result.error.issues) {
					const [path] = issue.path.map(String);
					problems.push(`${where(lineOf(text, path))}: ${path ?? 'the file'}${issue.path.length > 1 ? ` (query ${Number(issue.path[1]) + 1})` : ''}: ${issue.message}. Fix: write each query as a line "- words a reader types", or "- query: …" with "section: '#anchor'".`);
				}
				continue;
			}
			parsed = result.data;
		} catch (error) {
			const mark = (error as { mark?: { line: number } }).mark;
			problems.push(`${where((mark?.line ?? 0) + 1)}: not valid YAML: ${(error as Error).message.split('\n')[0]}. Fix: quote a query that starts with !, &, *, [, { or contains ": ".`);
			continue;
		}
		for (const [path, entries] of Object.entries(parsed)) {
			const line = lineOf(text, path);
			const page = pages.get(path);
			if (!PAGE_PATH.test(path) || !page) {
				const closest = findClosest(path, pages.keys());
				problems.push(
					`${where(line)}: ${path} is not a content page. Fix: ${closest ? `did you mean ${closest}? ` : ''}use the page's path, /<domain>/<file name without .mdx>/, for docs/<domain>/<file>.mdx.`,
				);
				continue;
			}
			if (page.domain !== domain) {
				problems.push(`${where(line)}: ${path} belongs to the ${page.domain} domain. Fix: move its queries to bench/relevance/${page.domain}.yml.`);
				continue;
			}
			for (const entry of entries) {
				const { query, section } = typeof entry === 'string' ? { query: entry, section: undefined } : entry;
				const queryLine = lineOf(text, query, line);
				if (section && !page.anchors.has(section.slice(1))) {
					const closest = findClosest(section.slice(1), page.anchors);
					problems.push(`${where(queryLine)}: ${path} has no heading with the anchor ${section}. Fix: ${closest ? `did you mean #${closest}? ` : ''}use an anchor of one of its headings.`);
				}
				if (page.headings.has(normalise(query))) {
					problems.push(`${where(queryLine)}: "${query}" is the title or a heading of ${path}, word for word. Fix: write what a reader types when they look for it, not the page's own wording.`);
				}
				const key = normalise(query);
				const earlier = seen.get(key);
				if (earlier) problems.push(`${where(queryLine)}: "${query}" is already a query for ${earlier}. Fix: keep one page per query; a query with two right answers measures nothing.`);
				seen.set(key, path);
				queries.push({ query, path, section, domain });
			}
		}
	}
	if (problems.length) throw new Error(`[kb:relevance] ${problems.length} problem(s) in the search relevance set:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	return queries;
}

/** Content pages with fewer than `min` queries (budgets.json), and how many each has. */
export function findPagesWithFewQueries(docsDir: string, queries: RelevanceQuery[], min: number): { path: string; queries: number }[] {
	const counts = new Map<string, number>();
	for (const { path } of queries) counts.set(path, (counts.get(path) ?? 0) + 1);
	return [...readContentPages(docsDir).keys()].map((path) => ({ path, queries: counts.get(path) ?? 0 })).filter((page) => page.queries < min);
}

function normalise(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The 1-based line of the first occurrence of `needle` at or after line `from`, for messages; 1 when not found. */
function lineOf(text: string, needle: string | undefined, from = 1): number {
	if (!needle) return from;
	const lines = text.split('\n');
	const index = lines.findIndex((line, i) => i >= from - 1 && line.includes(needle));
	return index === -1 ? from : index + 1;
}
