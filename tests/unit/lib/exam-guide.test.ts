import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { examAnchor, getExamLines, getExamTasks } from '../../../src/lib/exam-guide';
import { answersOf, choiceOrder, questionId } from '../../../src/lib/questions';

test('the exam map holds the whole guide: 19 task statements, 59 knowledge and 81 skill lines', () => {
	const lines = [...getExamLines().values()];
	expect(getExamTasks()).toHaveLength(19);
	expect(lines.filter((line) => line.kind === 'K')).toHaveLength(59);
	expect(lines.filter((line) => line.kind === 'S')).toHaveLength(81);
	expect(examAnchor('1.2.S3')).toBe('1-2-s3');
});

/** Every self-check question with choices in docs/, with the written positions of its answers. */
function writtenPositions(): { id: string; count: number; positions: number[] }[] {
	const files = readdirSync('docs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
	return files.flatMap((file) => {
		const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join('docs', file), 'utf8'));
		const data = (match ? yaml.load(match[1]!) : {}) as { selfCheck?: { question: string; choices?: string[]; answer: string | string[] }[] };
		const pageId = file.replace(/\.mdx$/, '').replace(/\/index$/, '');
		return (data.selfCheck ?? [])
			.filter((q) => q.choices)
			.map((q) => ({ id: questionId(pageId, q.question), count: q.choices!.length, positions: answersOf(q).map((a) => q.choices!.indexOf(a)) }));
	});
}

test('authors spread the right answer over the positions (it is what readers without JavaScript see)', () => {
	const single = writtenPositions().filter((q) => q.positions.length === 1 && q.count >= 4);
	const counts = [0, 1, 2, 3].map((position) => single.filter((q) => q.positions[0] === position).length);
	// No position holds more than 40 % of the answers, and none is left empty.
	for (const count of counts) {
		expect(count).toBeGreaterThan(0);
		expect(count / single.length).toBeLessThanOrEqual(0.4);
	}
});

test('as readers see them, the right answers of the site land in every position', () => {
	const single = writtenPositions().filter((q) => q.positions.length === 1 && q.count === 4);
	expect(single.length).toBeGreaterThan(100);
	for (const seed of ['reader-a', 'reader-b']) {
		const counts = [0, 0, 0, 0];
		for (const q of single) counts[choiceOrder(seed, q.id, q.count).indexOf(q.positions[0]!)]!++;
		// A uniform shuffle puts a quarter in each position; allow for chance, refuse a skew.
		for (const count of counts) expect(count / single.length).toBeGreaterThan(0.15);
	}
});
