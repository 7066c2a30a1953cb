import { getCollection } from 'astro:content';
import { SERVICES, type Service } from './services';
import { slugify } from './slugify';
import type { KbPage } from './pages';

export interface ServiceEntry extends Service {
	slug: string;
	/** Pages that cover the service, most relevant first. */
	pages: KbPage[];
}

/**
 * Every service the site covers with the pages that cover it. A page lists its services most
 * important first, so a page naming the service first ranks above one naming it fifth; ties go
 * to the page with fewer services (the more focused one), then by title.
 */
export async function getServicesIndex(): Promise<ServiceEntry[]> {
	const pages = await getCollection('docs');
	return SERVICES.map((service) => ({
		...service,
		slug: slugify(service.name),
		pages: pages
			.filter((page) => page.data.services.includes(service.name))
			.sort(
				(a, b) =>
					a.data.services.indexOf(service.name) - b.data.services.indexOf(service.name) ||
					a.data.services.length - b.data.services.length ||
					a.data.title.localeCompare(b.data.title),
			),
	}))
		.filter((entry) => entry.pages.length > 0)
		.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
