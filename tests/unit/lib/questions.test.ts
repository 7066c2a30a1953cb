import { describe, expect, test } from 'vitest';
import { answersOf, choiceOrder, choosePhrase, isExactlyRight, questionId } from '../../../src/lib/questions';

describe('self-check questions', () => {
	test('a multiple-response pick is right only for exactly the right set', () => {
		expect(isExactlyRight(['B', 'D'], ['D', 'B'])).toBe(true);
		expect(isExactlyRight(['B'], ['B', 'D'])).toBe(false);
		expect(isExactlyRight(['B', 'D', 'E'], ['B', 'D'])).toBe(false);
		expect(isExactlyRight(['B', 'E'], ['B', 'D'])).toBe(false);
	});

	test('says how many to choose for several answers and nothing for one', () => {
		expect(choosePhrase(2)).toBe('Choose two.');
		expect(choosePhrase(3)).toBe('Choose three.');
		expect(choosePhrase(1)).toBe('');
		expect(answersOf({ answer: 'A' })).toEqual(['A']);
	});

	test('a question id depends on the page and the question text only', () => {
		expect(questionId('sdlc/codebuild', 'Q?')).toBe(questionId('sdlc/codebuild', 'Q?'));
		expect(questionId('sdlc/codebuild', 'Q?')).not.toBe(questionId('sdlc/codedeploy', 'Q?'));
	});

	test('a reader sees the same order on every load, and readers see different orders', () => {
		const order = choiceOrder('reader-1', 'sdlc/codebuild#abc', 4);
		expect(choiceOrder('reader-1', 'sdlc/codebuild#abc', 4)).toEqual(order);
		expect([...order].sort()).toEqual([0, 1, 2, 3]);
		const orders = new Set(Array.from({ length: 20 }, (_, i) => choiceOrder(`reader-${i}`, 'sdlc/codebuild#abc', 4).join()));
		expect(orders.size).toBeGreaterThan(5);
	});

	test('the first written choice lands in every position about equally often', () => {
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 4000; i++) counts[choiceOrder('seed', `q${i}`, 4).indexOf(0)]!++;
		for (const count of counts) expect(count).toBeGreaterThan(800);
	});
});
