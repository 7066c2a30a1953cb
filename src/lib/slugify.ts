import GithubSlugger from 'github-slugger';

/** A URL segment for a name: `API Gateway` → `api-gateway`, `Route 53` → `route-53`. */
export function slugify(name: string): string {
	return new GithubSlugger().slug(name);
}
