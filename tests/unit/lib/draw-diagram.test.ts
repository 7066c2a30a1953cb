import { describe, expect, test } from 'vitest';
import { renderMermaid } from '../../../src/lib/mermaid/renderer';
import { diagramFontFace as fontFace, useDiagramBrowser } from '../diagram-browser';
import { findOverflowingLabels } from '../../e2e/diagram-labels';

// Labels Mermaid has sized wrongly before: a note over two actors, long names and messages, a
// loop condition, edge labels and subgraph titles, a long state name.
const DIAGRAMS = {
	sequence: [
		'sequenceDiagram',
		'  participant U as Developer in account B',
		'  participant STS as AWS STS',
		'  participant R as Role in account A',
		'  participant C as Repository in account A',
		'  U->>STS: AssumeRole on the role ARN',
		'  STS->>R: check trust policy allows account B',
		'  loop Each step, 20 percent more callers',
		'    U->>C: git push via git-remote-codecommit',
		'  end',
		'  Note over R,C: the role policy allows codecommit:GitPull and GitPush',
		'  Note right of C: PutLifecycleEventHookExecutionStatus',
	].join('\n'),
	flowchart: 'flowchart TB\n  subgraph acct [Tooling account with a long subgraph title]\n    A[CodeCommit repository] -->|push to main, tagged release| B{Tests pass on every branch?}\n  end\n  B -->|yes| C[(Artifact bucket in S3)]',
	state: 'stateDiagram-v2\n  [*] --> ApprovalsPendingFromTheTeam\n  ApprovalsPendingFromTheTeam --> Merged: enough approvers from the pool\n  Merged --> [*]',
};

const browser = useDiagramBrowser();

describe('a drawn diagram', () => {
	for (const [kind, source] of Object.entries(DIAGRAMS)) {
		test(`keeps every label inside its shape, in the font the page draws it with: ${kind}`, async () => {
			const { svg } = await renderMermaid(source, 'default', `mmd-fit-${kind}`);
			const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
			try {
				// Shown at its natural size, as the site's figure holds it.
				await page.setContent(`<!doctype html><html><head><style>${fontFace}</style></head><body><figure class="kb-diagram" id="fig"><div class="kb-diagram__drawing">${svg}</div></figure></body></html>`);
				await page.evaluate(() => document.fonts.ready);
				expect(await findOverflowingLabels(page)).toEqual([]);
			} finally {
				await page.close();
			}
		});
	}

	test('keeps a long word of a sequence diagram whole instead of cutting it with a hyphen', async () => {
		const { labels } = await renderMermaid(DIAGRAMS.sequence, 'default', 'mmd-words');
		expect(labels).toContain('PutLifecycleEventHookExecutionStatus');
		expect(labels.join(' ')).not.toMatch(/\w-(\s|$)/);
	});

	test('widens only the gap a long word is written in, not every actor box', async () => {
		const source = 'sequenceDiagram\n  participant D as CodeDeploy\n  participant H as Hook\n  participant A as Alias\n  participant W as Watcher\n  H-->>D: PutLifecycleEventHookExecutionStatus\n  D->>A: shift\n  A->>W: watch';
		const { svg } = await renderMermaid(source, 'default', 'mmd-gap');
		const boxes = [...svg.matchAll(/<rect [^>]*class="actor actor-top"[^>]*>/g)].map((rect) => [Number(/ x="([\d.]+)"/.exec(rect[0])![1]), Number(/ width="([\d.]+)"/.exec(rect[0])![1])])
			.sort(([a], [b]) => a! - b!);
		expect(boxes.map(([, width]) => width)).toEqual([130, 130, 130, 130]);
		const gaps = boxes.slice(1).map(([x], index) => x! - boxes[index]![0]! - boxes[index]![1]!);
		// The first gap holds the API name; the others keep the least space.
		expect(gaps[0]).toBeGreaterThan(200);
		expect(gaps.slice(1)).toEqual([30, 30]);
	});

	test('keeps Mermaid\'s roomy actor boxes when a diagram fits, and draws a wide one more compactly', async () => {
		const widths = (svg: string) => [...svg.matchAll(/<rect [^>]*class="actor actor-top"[^>]*>/g)].map((rect) => Number(/ width="([\d.]+)"/.exec(rect[0])![1]));
		const small = await renderMermaid('sequenceDiagram\n  participant A as Pipeline\n  participant B as Stack\n  A->>B: deploy', 'default', 'mmd-roomy');
		expect(widths(small.svg)).toEqual([150, 150]);
		const six = ['Developer', 'CodePipeline', 'CodeBuild', 'CloudFormation', 'Lambda alias', 'CloudWatch alarm'];
		const wide = await renderMermaid(['sequenceDiagram', ...six.map((name, index) => `  participant P${index} as ${name}`), ...six.slice(1).map((_, index) => `  P${index}->>P${index + 1}: step ${index + 1}`)].join('\n'), 'default', 'mmd-compact');
		expect(Math.max(...widths(wide.svg))).toBeLessThan(150);
	});

	test('repeats a label wrapped over several lines as one label, its words apart', async () => {
		const sequence = await renderMermaid(DIAGRAMS.sequence, 'default', 'mmd-wrapped-sequence');
		expect(sequence.labels).toContain('the role policy allows codecommit:GitPull and GitPush');
		expect(sequence.labels).toContain('Repository in account A');
		const flowchart = await renderMermaid(DIAGRAMS.flowchart, 'default', 'mmd-wrapped-flowchart');
		expect(flowchart.labels).toContain('Tests pass on every branch?');
		expect(flowchart.labels).toContain('push to main, tagged release');
	});
});
