import type { APIRoute } from 'astro';
import { withBase } from '../../lib/pages';
import { getAllPracticeQuestions } from '../../lib/practice';

/**
 * Every question with choices, for the mock exam: fetched when a reader starts or resumes one, so
 * the exam page itself stays light. The service worker keeps it for offline use.
 */
export const GET: APIRoute = async () => {
	const questions = (await getAllPracticeQuestions()).filter((q) => q.choices).map((q) => ({ ...q, href: withBase(q.href) }));
	return new Response(JSON.stringify(questions), { headers: { 'content-type': 'application/json' } });
};
