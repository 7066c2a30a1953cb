import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { DOMAINS, type Domain } from './domains';

// The exam guide is the same for every site this code builds (build-test fixtures included), so it
// is read from the project's docs folder rather than from KB_DOCS_DIR.
const EXAM_GUIDE_FILE = resolve(process.cwd(), 'docs/_exam-guide.yml');

const lineSchema = z
	.object({
		id: z.string().regex(/^[1-6]\.\d\.[KS]\d+$/, 'a line `id` looks like `1.2.S3`: domain, task statement, K (knowledge) or S (skill) and its number.'),
		summary: z.string().min(10, 'write a `summary` of the line in a few words of our own.').max(160, 'keep a `summary` under 160 characters.'),
	})
	.strict();

const taskSchema = z
	.object({
		id: z.string().regex(/^[1-6]\.\d$/, 'a task statement `id` looks like `1.2`.'),
		title: z.string().min(5),
		lines: z.array(lineSchema).min(1),
	})
	.strict();

export interface ExamLine {
	id: string;
	/** `K`: knowledge of; `S`: skills in. */
	kind: 'K' | 'S';
	summary: string;
	task: ExamTask;
}

export interface ExamTask {
	/** `1.2` */
	id: string;
	title: string;
	domain: Domain;
	lines: ExamLine[];
}

let tasks: ExamTask[] | undefined;

/** The task statements of the exam guide with their lines, in guide order; checked on first use. */
export function getExamTasks(): ExamTask[] {
	if (tasks) return tasks;
	let data: unknown;
	try {
		data = yaml.load(readFileSync(EXAM_GUIDE_FILE, 'utf8'));
	} catch (error) {
		throw new Error(`[kb:exam] docs/_exam-guide.yml cannot be read: ${(error as Error).message}\n  Fix: quote a summary that contains ": " with single quotes.`);
	}
	const result = z.array(taskSchema).safeParse(data);
	if (!result.success) {
		const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`[kb:exam] docs/_exam-guide.yml is not valid:\n  ${issues.join('\n  ')}`);
	}
	const seen = new Set<string>();
	tasks = result.data.map((raw) => {
		const domain = DOMAINS.find((d) => d.number === Number(raw.id.split('.')[0]))!;
		const task: ExamTask = { id: raw.id, title: raw.title, domain, lines: [] };
		for (const line of raw.lines) {
			if (!line.id.startsWith(`${raw.id}.`)) throw new Error(`[kb:exam] docs/_exam-guide.yml: line ${line.id} is listed under task statement ${raw.id}.\n  Fix: move it under ${line.id.split('.').slice(0, 2).join('.')}.`);
			if (seen.has(line.id)) throw new Error(`[kb:exam] docs/_exam-guide.yml lists ${line.id} twice.\n  Fix: keep one entry per line id.`);
			seen.add(line.id);
			task.lines.push({ id: line.id, kind: line.id.includes('.K') ? 'K' : 'S', summary: line.summary, task });
		}
		return task;
	});
	return tasks;
}

/** Every line of the guide by id. */
export function getExamLines(): Map<string, ExamLine> {
	return new Map(getExamTasks().flatMap((task) => task.lines.map((line) => [line.id, line] as const)));
}

/** The anchor of a task statement or line on /exam/: `1.2.S3` → `1-2-s3`. */
export function examAnchor(id: string): string {
	return id.toLowerCase().replaceAll('.', '-');
}

/** The task statements a set of line ids belongs to, in guide order. */
export function getTasksOfLines(ids: readonly string[]): ExamTask[] {
	const taskIds = new Set(ids.map((id) => id.split('.').slice(0, 2).join('.')));
	return getExamTasks().filter((task) => taskIds.has(task.id));
}
