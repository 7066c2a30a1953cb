import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { DOCS_DIR } from './site-paths';

// Content, so it lives in the docs folder; resolved from the project root because this module
// also runs inside Astro's bundled prerender code.
const GLOSSARY_FILE = resolve(process.cwd(), DOCS_DIR, '_glossary.yml');

const termSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/, 'an `id` is the anchor on /glossary/: lower-case letters, digits and dashes.'),
		term: z.string().min(1),
		match: z.array(z.string().min(2)).default([]),
		expansion: z.string().min(1),
		definition: z.string().min(10, 'write a one-line `definition`.').max(240, 'keep the `definition` to one line (240 characters).'),
		pages: z.array(z.string().regex(/^\/[a-z0-9/-]*\/$/, 'list `pages` as site paths such as `/security/kms/`.')).default([]),
	})
	.strict();

export type GlossaryTerm = z.infer<typeof termSchema>;

let terms: GlossaryTerm[] | undefined;

/** The glossary (docs/_glossary.yml), checked; an invalid entry fails with its position and field. */
export function getGlossary(): GlossaryTerm[] {
	if (terms) return terms;
	const text = readFileSync(GLOSSARY_FILE, 'utf8');
	let data: unknown;
	try {
		data = yaml.load(text);
	} catch (error) {
		throw new Error(`[kb:glossary] docs/_glossary.yml is not valid YAML: ${(error as Error).message}\n  Fix: quote a value that contains ": " with double quotes.`);
	}
	const result = z.array(termSchema).safeParse(data);
	if (!result.success) {
		const issues = result.error.issues.map((issue) => `entry ${Number(issue.path[0]) + 1}, \`${issue.path.slice(1).join('.')}\`: ${issue.message}`);
		throw new Error(`[kb:glossary] docs/_glossary.yml is not valid:\n  ${issues.join('\n  ')}`);
	}
	const ids = result.data.map((t) => t.id);
	const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
	if (duplicate) throw new Error(`[kb:glossary] docs/_glossary.yml has two entries with id "${duplicate}"; ids are anchors and must be unique.`);
	terms = result.data.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
	return terms;
}
