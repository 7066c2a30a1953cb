/**
 * Where the site's content comes from. Build tests point `KB_DOCS_DIR` at a tiny fixture folder
 * so the real configuration (schema, plugins, checks) is what they exercise.
 */
export const DOCS_DIR = process.env.KB_DOCS_DIR ?? './docs';

/** Where the built site goes; build tests give each fixture its own folder. */
export const OUT_DIR = process.env.KB_OUT_DIR ?? './dist';

/** Astro's cache (content data store); kept apart per fixture so builds do not share content. */
export const CACHE_DIR = process.env.KB_CACHE_DIR ?? './node_modules/.astro';

/** The path the site is hosted under: `/` for a domain of its own, `/aws-devops-kb/` for a project site. */
export const BASE_PATH = process.env.BASE_PATH ?? '/';

/** Where drawn diagrams and preview images are cached between builds; the benchmark empties it for a cold build. */
export const BUILD_CACHE_DIR = process.env.KB_BUILD_CACHE ?? './node_modules/.cache';

/** A base path as build steps join it with file paths: always ending in a slash (`/kb` → `/kb/`). */
export function withTrailingSlash(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}
