import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { DOCS_DIR } from './site-paths';

const PLANNED_FILE = resolve(process.cwd(), DOCS_DIR, '_planned.yml');

/**
 * Pages that are planned but not written yet (docs/_planned.yml). A page may link to one: until the
 * page exists, the link is shown as plain text instead of failing the build, and it becomes a link
 * by itself the day the page lands. Any other link to a missing page still fails the build.
 */
export function getPlannedPaths(): Set<string> {
	if (!existsSync(PLANNED_FILE)) return new Set();
	let data: unknown;
	try {
		data = yaml.load(readFileSync(PLANNED_FILE, 'utf8'));
	} catch (error) {
		throw new Error(`[kb:planned] docs/_planned.yml is not valid YAML: ${(error as Error).message}`);
	}
	// A list with every page written (comments only) reads as null: nothing is planned.
	if (data === null || data === undefined) return new Set();
	if (!Array.isArray(data) || data.some((path) => typeof path !== 'string' || !/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(path))) {
		throw new Error('[kb:planned] docs/_planned.yml must be a list of page paths such as `- /iac/sam/`.\n  Fix: write one site path per line, with slashes on both ends.');
	}
	return new Set(data as string[]);
}

/** True when a page file exists for a site path such as `/iac/sam/`. */
export function pageExists(path: string): boolean {
	const slug = path.replace(/^\/|\/$/g, '');
	return existsSync(resolve(process.cwd(), DOCS_DIR, `${slug}.mdx`)) || existsSync(resolve(process.cwd(), DOCS_DIR, slug, 'index.mdx'));
}

/** True for a link (`/iac/sam/` or `/iac/sam/#x`) to a planned page that has no file yet. */
export function isPlannedLink(href: string, planned: ReadonlySet<string>): boolean {
	const [path] = href.split('#');
	return planned.has(path!) && !pageExists(path!);
}
