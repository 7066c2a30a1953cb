import { describe, expect, test } from 'vitest';
import { findWideDiagram, formatWideDiagram, isStrictAboutWidth } from '../../../src/lib/mermaid/check-diagram-width';

const file = `${process.cwd()}/docs/sdlc/page.mdx`;

describe('the diagram width check', () => {
	test('passes a diagram whose text stays legible fitted to the laptop column', () => {
		expect(findWideDiagram('flowchart LR\n  A --> B', { width: 790, smallestText: 15 }, file, 12)).toBeUndefined();
		expect(findWideDiagram('flowchart LR\n  A --> B', { width: 791, smallestText: 15 }, file, 12)).toBeDefined();
	});

	test.each([
		['flowchart LR\n  A --> B', 'this flowchart LR is 1264 px wide', 'Fix: draw it top to bottom (flowchart TB), split it in two, or shorten the labels; at most 790 px wide'],
		['%% a comment\nflowchart TB\n  A --> B', 'this flowchart TB is 1264 px wide', 'Fix: keep it to about seven boxes across: split it in two, or shorten the labels'],
		['sequenceDiagram\n  A->>B: hi', 'this sequenceDiagram is 1264 px wide', 'Fix: split it in two, with fewer participants each, or shorten its longest word'],
		['stateDiagram-v2\n  [*] --> A', 'this stateDiagram-v2 is 1264 px wide', 'Fix: draw it top to bottom (direction TB)'],
	])('names the file, the line, the text size and the fix for its kind: %s', (source, what, fix) => {
		const report = formatWideDiagram(findWideDiagram(source, { width: 1264, smallestText: 15 }, file, 12)!);
		expect(report).toContain(`[kb:diagrams] docs/sdlc/page.mdx:12 ${what}: fitted to the 632 px text column of a laptop, its text is 7.5 px, under the legible 12 px`);
		expect(report).toContain(fix);
	});

	test('is strict only when KB_STRICT_DIAGRAMS is 1', () => {
		expect(isStrictAboutWidth({ KB_STRICT_DIAGRAMS: '1' })).toBe(true);
		expect(isStrictAboutWidth({})).toBe(false);
	});
});
