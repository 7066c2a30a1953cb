import { getCollection } from 'astro:content';
import { DOMAINS, getDomainOfId, type Domain } from './domains';
import { getPathOfId, type KbPage } from './pages';

export interface PracticeQuestion {
	question: string;
	choices?: string[];
	answer: string;
	explanation?: string;
	/** Where the question is explained: the page, and its section when given. */
	href: string;
	pageTitle: string;
}

/** Every self-check question of a domain's pages, in sidebar order, collected at build time. */
export async function getPracticeQuestions(domain: Domain): Promise<PracticeQuestion[]> {
	const pages = (await getCollection('docs', (page) => getDomainOfId(page.id) === domain)).sort(byOrder);
	return pages.flatMap((page) =>
		page.data.selfCheck.map((item) => ({
			question: item.question,
			choices: item.choices,
			answer: item.answer,
			explanation: item.explanation,
			href: `${getPathOfId(page.id)}${item.section ?? ''}`,
			pageTitle: page.data.title,
		})),
	);
}

/** Question counts per domain, in exam order. */
export async function getPracticeCounts(): Promise<{ domain: Domain; count: number }[]> {
	return Promise.all(DOMAINS.map(async (domain) => ({ domain, count: (await getPracticeQuestions(domain)).length })));
}

function byOrder(a: KbPage, b: KbPage): number {
	return (a.data.sidebar.order ?? 1e9) - (b.data.sidebar.order ?? 1e9) || a.data.title.localeCompare(b.data.title);
}
