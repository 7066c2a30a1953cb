import { afterAll, describe, expect, test } from 'vitest';
import { closeRenderer, renderMermaid } from '../../../src/lib/mermaid/renderer';

const DIAGRAMS = {
	flowchart: 'flowchart TB\n  subgraph acct [Tooling account with a long subgraph title]\n    A[CodeCommit repository] -->|push to main, tagged release| B{Tests pass on every branch?}\n  end\n  B -->|yes| C[(Artifact bucket in S3)]',
};

afterAll(() => closeRenderer());

describe('a drawn diagram', () => {
	test('repeats a label wrapped over several lines as one label, its words apart', async () => {
		const flowchart = await renderMermaid(DIAGRAMS.flowchart, 'default', 'mmd-wrapped-flowchart');
		expect(flowchart.labels).toContain('Tests pass on every branch?');
		expect(flowchart.labels).toContain('push to main, tagged release');
	});
});
