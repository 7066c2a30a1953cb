import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAINS } from '../src/lib/domains.ts';
import { SERVICE_NAMES } from '../src/lib/services.ts';

/**
 * Copies the site's content to `destDir` and adds generated pages until it has `total` pages, to
 * see how the build grows with the site. Generated pages are valid (front matter per
 * CONTRIBUTING.md, links only to pages that exist) and every third one has a diagram with labels
 * of its own, so the diagram cache cannot serve it. Returns how many pages were generated.
 */
export function generateScaleDocs(docsDir: string, destDir: string, total: number): number {
	rmSync(destDir, { recursive: true, force: true });
	cpSync(docsDir, destDir, { recursive: true });
	const existing = countPages(destDir);
	const count = Math.max(0, total - existing);
	for (let n = 1; n <= count; n++) {
		const domain = DOMAINS[(n - 1) % DOMAINS.length]!.slug;
		writeFileSync(join(destDir, domain, `${pageSlug(n)}.mdx`), generatePage(n, count, domain));
	}
	return count;
}

/** Pages of a docs folder: `.md`/`.mdx` files, drafts (`_…`) excluded. */
export function countPages(docsDir: string): number {
	return readdirSync(docsDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /^[^_].*\.mdx?$/.test(entry.name)).length;
}

const pageSlug = (n: number) => `generated-${String(n).padStart(4, '0')}`;
const TOPICS = ['pipelines', 'rollbacks', 'artifacts', 'alarms', 'encryption', 'drift', 'quotas', 'failover', 'retention', 'approvals'];

/** Page `n` of `count`, in `domain`: its neighbours in the same domain are n ± 6 (the round robin of domains). */
function generatePage(n: number, count: number, domain: string): string {
	const [first, second] = [SERVICE_NAMES[n % SERVICE_NAMES.length]!, SERVICE_NAMES[(n * 7 + 3) % SERVICE_NAMES.length]!];
	const topic = TOPICS[n % TOPICS.length]!;
	const neighbours = [n - DOMAINS.length, n + DOMAINS.length].filter((m) => m >= 1 && m <= count);
	const links = neighbours.map((m) => `[generated topic ${m}](/${domain}/${pageSlug(m)}/)`).join(' and ');
	const withDiagram = n % 3 === 0;
	return `---
title: "Generated topic ${n}: ${topic} with ${first}"
description: A generated page for the build benchmark about ${topic} with ${first} and ${second}, with headings, a table, a code block and links.
sidebar:
  order: ${1000 + n}
services: [${[...new Set([first, second])].map((name) => JSON.stringify(name)).join(', ')}]
related: [/${domain}/]
exam: ['${DOMAINS.findIndex((d) => d.slug === domain) + 1}.1.K1']
selfCheck:
  - question: Which service does generated topic ${n} pair with ${first}?
    choices: [${JSON.stringify(second)}, "None"]
    answer: ${JSON.stringify(second)}
    explanation: The overview pairs it with ${JSON.stringify(second)}; "None" ignores that pairing.
  - question: What is generated topic ${n} about?
    answer: ${topic}
    explanation: The overview names ${topic} as its subject.
    section: '#overview'
  - question: Where is the example of generated topic ${n}?
    answer: In the example section.
    explanation: The example has its own section.
    section: '#example'
---
${withDiagram ? "import { Diagram } from '~/components';\n" : ''}
Generated topic ${n} covers ${topic} with ${first} and ${second}. It exists so the benchmark can
time a build of a thousand pages; the text is filler of a realistic length. See the
[domain overview](/${domain}/)${links ? ` and ${links}` : ''}.

## Overview

${paragraph(n, first, topic)}

${paragraph(n + 1, second, topic)}

## Settings

| Setting | Default | Notes for topic ${n} |
| --- | --- | --- |
| Retries | ${n % 5} | How often ${first} retries before it reports a failure. |
| Timeout | ${30 + (n % 60)} minutes | The longest a step of ${topic} may run. |
| Logging | CloudWatch Logs | Where ${second} writes what happened. |

## Example

\`\`\`yaml
# generated topic ${n}
version: 0.2
phases:
  build:
    commands:
      - echo "topic ${n}: ${topic}"
      - aws sts get-caller-identity
\`\`\`

### Notes

${paragraph(n + 2, first, topic)} The [settings](#settings) above are the ones the exam names.
${withDiagram ? diagram(n, first, second) : ''}
## Summary

${paragraph(n + 3, second, topic)}
`;
}

function paragraph(seed: number, service: string, topic: string): string {
	const sentences = [
		`${service} handles ${topic} per account and Region, so a multi-account setup repeats the configuration.`,
		`Quotas on ${topic} can be raised through Service Quotas, but some are fixed and shape the design.`,
		`The console and the CLI expose the same settings; infrastructure as code keeps them reviewable.`,
		`Events about ${topic} go to EventBridge, where a rule can notify a team or start a remediation.`,
		`Permissions follow least privilege: a role per pipeline stage, scoped to the resources it touches.`,
	];
	return [0, 1, 2, 3].map((i) => sentences[(seed + i) % sentences.length]).join(' ');
}

function diagram(n: number, first: string, second: string): string {
	return `
<Diagram caption="How generated topic ${n} flows from ${first} to ${second}">

\`\`\`mermaid
flowchart LR
  G${n}a["Topic ${n} source"] --> G${n}b["${first} step ${n}"] --> G${n}c["${second} step ${n}"]
  G${n}b --> G${n}d["Topic ${n} alarm"]
\`\`\`

</Diagram>
`;
}
