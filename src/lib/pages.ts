import { getCollection, type CollectionEntry } from 'astro:content';
import { getDomainOfId, type Domain } from './domains';
import { getPathOfId } from './pages-paths';

export { getPathOfId };

export type KbPage = CollectionEntry<'docs'>;

/** Prefixes a site path with the configured base path, for hosting under a sub-folder. */
export function withBase(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${path}`;
}

/** The pages of a domain, without its landing page, in sidebar order (then by title). */
export async function getPagesOfDomain(domain: Domain): Promise<KbPage[]> {
	const pages = await getCollection('docs', (entry) => getDomainOfId(entry.id) === domain && entry.id !== `${domain.slug}/index` && entry.id !== domain.slug);
	return pages.sort(
		(a, b) =>
			(a.data.sidebar.order ?? Number.MAX_SAFE_INTEGER) - (b.data.sidebar.order ?? Number.MAX_SAFE_INTEGER) ||
			a.data.title.localeCompare(b.data.title),
	);
}

/** Finds the page at a site path (`/security/kms/`, with or without `#anchor`). */
export async function getPageAtPath(path: string): Promise<KbPage | undefined> {
	const [pathname] = path.split('#');
	const pages = await getCollection('docs');
	return pages.find((entry) => getPathOfId(entry.id) === pathname);
}
