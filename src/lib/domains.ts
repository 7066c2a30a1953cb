/** The six DOP-C02 exam domains, in exam order. The folder of a page under `docs/` is its domain. */
export interface Domain {
	/** Folder under `docs/` and first URL segment. */
	slug: string;
	/** Domain number in the DOP-C02 exam guide. */
	number: number;
	title: string;
	/** Share of the scored exam content, in percent. */
	weight: number;
}

export const DOMAINS: readonly Domain[] = [
	{ slug: 'sdlc', number: 1, title: 'SDLC Automation', weight: 22 },
	{ slug: 'iac', number: 2, title: 'Configuration Management and IaC', weight: 17 },
	{ slug: 'resilience', number: 3, title: 'Resilient Cloud Solutions', weight: 15 },
	{ slug: 'monitoring', number: 4, title: 'Monitoring and Logging', weight: 15 },
	{ slug: 'incident-response', number: 5, title: 'Incident and Event Response', weight: 14 },
	{ slug: 'security', number: 6, title: 'Security and Compliance', weight: 17 },
];

/** Returns the domain a page belongs to from its entry id (`sdlc/codedeploy` → SDLC Automation). */
export function getDomainOfId(id: string): Domain | undefined {
	const folder = id.split('/')[0];
	return DOMAINS.find((domain) => domain.slug === folder);
}

/** A label such as "Domain 1: SDLC Automation". */
export function formatDomainLabel(domain: Domain): string {
	return `Domain ${domain.number}: ${domain.title}`;
}
