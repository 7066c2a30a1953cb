import { getCollection } from 'astro:content';
import { getDomainOfId } from './domains';
import { getExamTasks, type ExamLine } from './exam-guide';
import type { KbPage } from './pages';

export interface LineCoverage {
	line: ExamLine;
	/** Pages that list the line in `exam:`, most relevant first. */
	pages: KbPage[];
}

/**
 * For every line of the exam guide, the pages that teach it. Most relevant first: pages of the
 * line's own domain, then pages that list the line earlier in their `exam:`, then fewer lines.
 */
export async function getExamCoverage(): Promise<Map<string, LineCoverage>> {
	const pages = (await getCollection('docs')).filter((page) => page.data.exam.length > 0);
	const coverage = new Map<string, LineCoverage>();
	for (const task of getExamTasks()) {
		for (const line of task.lines) {
			const teaching = pages.filter((page) => page.data.exam.includes(line.id));
			const rank = (page: KbPage) => [getDomainOfId(page.id) === task.domain ? 0 : 1, page.data.exam.indexOf(line.id), page.data.exam.length] as const;
			teaching.sort((a, b) => {
				const [ra, rb] = [rank(a), rank(b)];
				return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.data.title.localeCompare(b.data.title);
			});
			coverage.set(line.id, { line, pages: teaching });
		}
	}
	return coverage;
}
