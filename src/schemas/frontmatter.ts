import { z } from 'astro/zod';
import { findClosest } from '../lib/closest';
import { getExamLines } from '../lib/exam-guide';
import { SERVICE_NAMES } from '../lib/services';
import { SOURCE_IDS, SOURCES } from '../lib/sources';

/** One source a page is based on: which document, and which part of it. */
const sourceSchema = z.object(
	{
		/** The id of a source document from `src/lib/sources.ts`. */
		doc: z.enum(SOURCE_IDS, {
			error: (issue) =>
				`unknown source document ${JSON.stringify(issue.input)}. Use one of: ${SOURCE_IDS.join(', ')} ` +
				`(they are listed in src/lib/sources.ts).`,
		}),
		/** The sections or slides of that document, in words a reader can find them by. */
		part: z.string().min(1, 'say which part of the source this page draws on, e.g. `part: CodeDeploy deployment configurations`.'),
	},
	{ error: 'each source is an object: `- doc: dop-c02-course` with `part: <section>` on the next line.' },
).strict();

/** "Choose two." and the like, as the exam writes it; the site adds it to multiple-response questions. */
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** A question of the self-check that ends a page; practice pages and the mock exam collect these at build time. */
const selfCheckSchema = z
	.object({
		question: z.string().min(1, 'a self-check item needs a `question`.'),
		/** Answer choices; `answer` must be one (or, for a multiple-response question, several) of them, word for word. */
		choices: z.array(z.string().min(1)).min(2).max(8).optional(),
		/**
		 * The right choice, or a list of the right choices for a multiple-response question
		 * ("Choose two."), which is graded right only when exactly that set is picked.
		 */
		answer: z.union([z.string().min(1, 'a self-check item needs an `answer`.'), z.array(z.string().min(1)).min(2, 'a list `answer` names two or more right choices; write a single answer as plain text.')], {
			error: 'a self-check item needs an `answer`: the right choice as text, or a YAML list of the right choices.',
		}),
		/** Why the answer is right, and why the most tempting wrong choice is not. */
		explanation: z
			.string({ error: 'every self-check item needs an `explanation`: why the answer is right and why the most tempting wrong choice is not.' })
			.min(20, 'write the `explanation` as a sentence or two: why the answer is right and why the most tempting wrong choice is not.'),
		/** An anchor on this page (`#heading-slug`) where the topic is explained. */
		section: z
			.string()
			.regex(/^#[\w-]+$/, 'write `section` as an anchor on this page, such as `#deployment-configurations`.')
			.optional(),
	})
	.strict()
	.superRefine((item, ctx) => {
		const answers = typeof item.answer === 'string' ? [item.answer] : item.answer;
		if (!item.choices) {
			if (answers.length > 1) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a multiple-response question needs `choices`: list five or more, then the right ones in `answer`.' });
			return;
		}
		const duplicate = item.choices.find((choice, i) => item.choices!.indexOf(choice) !== i);
		if (duplicate) ctx.addIssue({ code: 'custom', path: ['choices'], message: `the choice ${JSON.stringify(duplicate)} is listed twice; each choice must differ.` });
		for (const answer of answers) {
			if (!item.choices.includes(answer)) {
				ctx.addIssue({
					code: 'custom',
					path: ['answer'],
					message: `the answer ${JSON.stringify(answer)} is not one of its choices. Copy the right choice into \`answer\` word for word.`,
				});
			}
		}
		if (answers.length > 1) {
			if (new Set(answers).size !== answers.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'the same right choice is listed twice in `answer`.' });
			if (item.choices.length < 5) {
				ctx.addIssue({
					code: 'custom',
					path: ['choices'],
					message: `a multiple-response question has ${item.choices.length} choices; the exam gives five or more. Add real but wrong options until there are at least five.`,
				});
			}
			if (answers.length >= item.choices.length - 1) {
				ctx.addIssue({ code: 'custom', path: ['answer'], message: 'leave at least two wrong choices: a question where nearly every choice is right tests nothing.' });
			}
		}
		// A question that says how many to choose must agree with its answer list; the site adds the line itself otherwise.
		const stated = /\bchoose (one|two|three|four|five|\d)\b/i.exec(item.question);
		if (stated) {
			const count = /\d/.test(stated[1]!) ? Number(stated[1]) : COUNT_WORDS.indexOf(stated[1]!.toLowerCase());
			if (count !== answers.length) {
				ctx.addIssue({
					code: 'custom',
					path: ['question'],
					message: `the question says "${stated[0]}" but \`answer\` lists ${answers.length}. Make them agree, or drop the phrase: the site adds "Choose ${COUNT_WORDS[answers.length]}." to multiple-response questions.`,
				});
			}
		}
	});

/** One exam-guide line id (`1.2.S3`) a page teaches, checked against docs/_exam-guide.yml. */
const examIdSchema = z.string({ error: 'write each `exam` id as text such as `1.2.S3`.' }).superRefine((id, ctx) => {
	const lines = getExamLines();
	if (lines.has(id)) return;
	const closest = findClosest(id, lines.keys());
	ctx.addIssue({
		code: 'custom',
		message:
			`unknown exam-guide line ${JSON.stringify(id)}.` +
			(closest ? ` Did you mean ${JSON.stringify(closest)} (${lines.get(closest)!.summary})?` : '') +
			' Ids look like `1.2.S3` (domain.task.K or S and a number); the lines are listed on /exam/ and in docs/_exam-guide.yml.',
	});
});

/**
 * Front matter every knowledge-base page has, on top of Starlight's own fields.
 * The domain is not a field: it comes from the page's folder under `docs/`.
 */
export const frontmatterSchema = z.object({
	/** One or two sentences: shown on cards, in search results and in link previews. */
	description: z
		.string({ error: 'every page needs a `description`: one or two sentences used on cards, in search results and in link previews.' })
		.min(40, 'the `description` is too short to tell a reader what the page covers; write one or two full sentences.')
		.max(240, 'keep the `description` under 240 characters; it is shown on cards and in link previews.'),
	/** AWS services the page covers, by their short names from `src/lib/services.ts`. */
	services: z
		.array(
			z.string().superRefine((name, ctx) => {
				if (SERVICE_NAMES.includes(name)) return;
				const closest = findClosest(name, SERVICE_NAMES);
				ctx.addIssue({
					code: 'custom',
					message:
						`unknown service ${JSON.stringify(name)}.` +
						(closest ? ` Did you mean ${JSON.stringify(closest)}?` : '') +
						` Known services: ${SERVICE_NAMES.join(', ')}. Add a new one to src/lib/services.ts.`,
				});
			}),
		)
		.default([]),
	/** The source notes the page is based on. */
	sources: z.array(sourceSchema).default([]),
	/** Other pages worth reading next, as site paths such as `/security/kms/`. */
	related: z
		.array(
			z.string().regex(/^\/[a-z0-9/-]*\/(#[\w-]+)?$/, 'write each `related` page as a site path with slashes on both ends, such as `/security/kms/`.'),
		)
		.default([]),
	/** Short names a colleague can type or link (`kms`, `envelope-encryption`). */
	aliases: z.array(z.string().regex(/^[a-z0-9-]+$/, 'an alias is lower-case letters, digits and dashes, such as `envelope-encryption`.')).default([]),
	/**
	 * Words readers search with that the page does not use (`permissions` on a page that says
	 * "branch restrictions"), indexed as weighted search metadata: search finds only pages that
	 * contain every word of a query. Not shown on the page.
	 */
	keywords: z
		.array(
			z
				.string()
				.regex(/^[a-z0-9][a-z0-9 .:/_-]*$/, 'a keyword is what a reader types, in lower case, such as `permissions` or `cross-account`.')
				.max(40, 'keep a keyword to a word or a short phrase (40 characters).'),
		)
		.max(12, 'list at most 12 `keywords`: the words readers use that the page does not; search already reads the page itself.')
		.default([]),
	/** Old site paths of this page (after a move or rename); each keeps working as a redirect here. */
	redirectFrom: z
		.array(z.string().regex(/^\/[a-z0-9/-]*\/$/, 'write each `redirectFrom` entry as the old site path with slashes on both ends, such as `/sdlc/old-name/`.'))
		.default([]),
	/** Old heading anchors of this page mapped to the current ones, so links to a renamed heading still land. */
	anchorAliases: z
		.record(
			z.string().regex(/^[\w-]+$/, 'an old anchor is written without `#`, such as `deployment-types`.'),
			z.string().regex(/^[\w-]+$/, 'the current anchor is written without `#`, such as `deployment-configurations`.'),
		)
		.default({}),
	/**
	 * `comparison` for a page that puts services or options side by side; such pages are listed
	 * on `/compare/` and linked from the sidebar.
	 */
	kind: z
		.enum(['topic', 'comparison'], {
			error: (issue) => `unknown page kind ${JSON.stringify(issue.input)}. Use \`kind: comparison\` for a side-by-side page, or leave \`kind\` out for a topic page.`,
		})
		.default('topic'),
	/** The exam-guide lines this page teaches, by id (`1.2.S3`); shown on /exam/ and under the title. */
	exam: z
		.array(examIdSchema)
		.default([])
		.superRefine((ids, ctx) => {
			const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
			if (duplicate) ctx.addIssue({ code: 'custom', message: `the exam-guide line ${duplicate} is listed twice in \`exam\`.` });
		}),
	/** The questions of the self-check block that ends the page. */
	selfCheck: z.array(selfCheckSchema).default([]),
});

export type KbFrontmatter = z.infer<typeof frontmatterSchema>;
export { SOURCES };
