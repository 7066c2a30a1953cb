import { getCollection } from 'astro:content';
import { DOMAINS, getDomainOfId, type Domain } from './domains';
import { getTasksOfLines } from './exam-guide';
import { getPathOfId, type KbPage } from './pages';
import { answersOf, questionId } from './questions';

export interface PracticeQuestion {
	/** Stable id: page id and a hash of the question text. */
	id: string;
	question: string;
	choices?: string[];
	/** The right choices (several for a multiple-response question). */
	answers: string[];
	explanation?: string;
	/** Where the question is explained: the page, and its section when given. */
	href: string;
	pageTitle: string;
	/** The exam domain (its folder) of the page. */
	domain: string;
	/** The task statements (`1.2`) of the exam-guide lines the page teaches. */
	tasks: string[];
}

/** Every self-check question of a domain's pages, in sidebar order, collected at build time. */
export async function getPracticeQuestions(domain: Domain): Promise<PracticeQuestion[]> {
	const pages = (await getCollection('docs', (page) => getDomainOfId(page.id) === domain)).sort(byOrder);
	return pages.flatMap((page) => {
		const tasks = getTasksOfLines(page.data.exam).map((task) => task.id);
		return page.data.selfCheck.map((item) => ({
			id: questionId(page.id, item.question),
			question: item.question,
			choices: item.choices,
			answers: answersOf(item),
			explanation: item.explanation,
			href: `${getPathOfId(page.id)}${item.section ?? ''}`,
			pageTitle: page.data.title,
			domain: domain.slug,
			tasks,
		}));
	});
}

/** Every question of the site, in exam domain order. */
export async function getAllPracticeQuestions(): Promise<PracticeQuestion[]> {
	return (await Promise.all(DOMAINS.map(getPracticeQuestions))).flat();
}

function byOrder(a: KbPage, b: KbPage): number {
	return (a.data.sidebar.order ?? 1e9) - (b.data.sidebar.order ?? 1e9) || a.data.title.localeCompare(b.data.title);
}
