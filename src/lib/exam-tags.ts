import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { DOMAINS } from './domains';
import { getExamTasks } from './exam-guide';

/** The `exam:` ids of every page under a docs folder, read from the files' front matter. */
export function readExamTags(docsDir: string): string[][] {
	const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx') && !file.split('/').some((part) => part.startsWith('_')));
	return files.map((file) => {
		const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(docsDir, file), 'utf8'));
		const data = match ? (yaml.load(match[1]!) as { exam?: unknown } | undefined) : undefined;
		return Array.isArray(data?.exam) ? data.exam.map(String) : [];
	});
}

/** "Exam guide coverage: 1 SDLC 28/28, 2 IaC 10/18, ..." for the build log. */
export function formatExamCoverage(tagsByPage: string[][]): string {
	const tagged = new Set(tagsByPage.flat());
	const parts = DOMAINS.map((domain) => {
		const lines = getExamTasks()
			.filter((task) => task.domain === domain)
			.flatMap((task) => task.lines);
		return `${domain.number} ${domain.slug} ${lines.filter((line) => tagged.has(line.id)).length}/${lines.length}`;
	});
	const all = getExamTasks().flatMap((task) => task.lines);
	return `Exam guide: ${all.filter((line) => tagged.has(line.id)).length} of ${all.length} lines taught (${parts.join(', ')}).`;
}
