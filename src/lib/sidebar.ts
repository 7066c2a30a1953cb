import { DOMAINS } from './domains';

/** The sidebar: start pages, then one group per exam domain in exam order. */
export const sidebar = [
	{ label: 'Start here', link: '/start-here/' },
	...DOMAINS.map((domain) => ({
		label: `${domain.number}. ${domain.title}`,
		items: [{ autogenerate: { directory: domain.slug } }],
	})),
	{ label: 'Comparisons', link: '/compare/' },
	{ label: 'Practice', link: '/practice/' },
	{ label: 'Services A–Z', link: '/services/' },
	{ label: 'Glossary', link: '/glossary/' },
	{ label: 'Changed since the notes', link: '/changes/' },
];
