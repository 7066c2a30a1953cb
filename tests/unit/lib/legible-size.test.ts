import { describe, expect, test } from 'vitest';
import { getMinimumWidth, getTextSizeInColumn } from '../../../src/lib/mermaid/legible-size';

describe('legible diagram sizes', () => {
	test('the minimum width keeps the smallest text at 12 px, rounding up', () => {
		expect(getMinimumWidth({ width: 1000, smallestText: 15 })).toBe(800);
		expect(getMinimumWidth({ width: 1001, smallestText: 16 })).toBe(751);
		// Text drawn below 12 px even at natural size: the drawing is shown larger than natural.
		expect(getMinimumWidth({ width: 500, smallestText: 10 })).toBe(600);
		expect(getMinimumWidth({ width: 500, smallestText: undefined })).toBeUndefined();
	});

	test('text in a column is scaled down to fit it, never up', () => {
		expect(getTextSizeInColumn({ width: 1264, smallestText: 15 }, 632)).toBe(7.5);
		expect(getTextSizeInColumn({ width: 400, smallestText: 15 }, 632)).toBe(15);
	});
});
