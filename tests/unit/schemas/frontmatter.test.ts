import { describe, expect, test } from 'vitest';
import { frontmatterSchema } from '../../../src/schemas/frontmatter';

const valid = {
	description: 'How AWS KMS protects data keys and why envelope encryption exists.',
	services: ['KMS', 'S3'],
	sources: [{ doc: 'dop-c02-course', part: 'KMS' }],
	related: ['/sdlc/codebuild/', '/security/kms/#key-types'],
	aliases: ['kms', 'envelope-encryption'],
	selfCheck: [{ question: 'What is the Encrypt limit?', choices: ['4 KB', '1 MB'], answer: '4 KB', explanation: 'Encrypt takes at most 4 KB of plaintext; larger data uses a data key.', section: '#limits' }],
};

function messagesOf(input: unknown): string[] {
	const result = frontmatterSchema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('front matter schema', () => {
	test('accepts a complete page', () => {
		expect(messagesOf(valid)).toEqual([]);
	});

	test('fills in empty lists for optional fields', () => {
		const data = frontmatterSchema.parse({ description: valid.description });
		expect(data).toMatchObject({ services: [], sources: [], related: [], aliases: [], selfCheck: [] });
	});

	test('requires a description and says what it is for', () => {
		expect(messagesOf({ ...valid, description: undefined })).toEqual([
			'description: every page needs a `description`: one or two sentences used on cards, in search results and in link previews.',
		]);
	});

	test('names an unknown service, suggests the closest and lists the known ones', () => {
		const [message] = messagesOf({ ...valid, services: ['CodeDeplyo'] });
		expect(message).toMatch(/^services\.0: unknown service "CodeDeplyo"\. Did you mean "CodeDeploy"\? Known services: ACM, Amplify,/);
		expect(message).toContain('Add a new one to src/lib/services.ts.');
	});

	test('names an unknown source document and lists the valid ids', () => {
		const [message] = messagesOf({ ...valid, sources: [{ doc: 'dop-c01', part: 'KMS' }] });
		expect(message).toBe(
			'sources.0.doc: unknown source document "dop-c01". Use one of: dop-c02-course, summit-berlin-2019, dva-2019, serverless-whitepaper, aws-docs (they are listed in src/lib/sources.ts).',
		);
	});

	test('rejects a self-check answer that is not one of its choices', () => {
		const [message] = messagesOf({ ...valid, selfCheck: [{ question: 'Q?', choices: ['A', 'B'], answer: 'C', explanation: 'Because the answer is A, for this reason.' }] });
		expect(message).toBe('selfCheck.0.answer: the answer "C" is not one of its choices. Copy the right choice into `answer` word for word.');
	});

	test('asks for site paths with slashes in related', () => {
		const [message] = messagesOf({ ...valid, related: ['security/kms'] });
		expect(message).toBe('related.0: write each `related` page as a site path with slashes on both ends, such as `/security/kms/`.');
	});

	test('takes keywords in lower case, as a reader types them, and says so otherwise', () => {
		expect(messagesOf({ ...valid, keywords: ['permissions', 'cross-account', 'branch protection'] })).toEqual([]);
		expect(messagesOf({ ...valid, keywords: ['Permissions'] })).toEqual([
			'keywords.0: a keyword is what a reader types, in lower case, such as `permissions` or `cross-account`.',
		]);
		expect(messagesOf({ ...valid, keywords: Array.from({ length: 13 }, (_, i) => `word${i}`) })).toEqual([
			'keywords: list at most 12 `keywords`: the words readers use that the page does not; search already reads the page itself.',
		]);
	});

	test('rejects aliases that are not URL-safe', () => {
		expect(messagesOf({ ...valid, aliases: ['Envelope Encryption'] })).toEqual([
			'aliases.0: an alias is lower-case letters, digits and dashes, such as `envelope-encryption`.',
		]);
	});

	test('names an unknown exam-guide line and suggests the closest one', () => {
		const [message] = messagesOf({ ...valid, exam: ['1.2.S9'] });
		expect(message).toMatch(/^exam\.0: unknown exam-guide line "1\.2\.S9"\. Did you mean "1\.2\.S[1-5]" \(.+\)\? Ids look like `1\.2\.S3`/);
	});

	test('accepts known exam-guide lines and refuses one listed twice', () => {
		expect(messagesOf({ ...valid, exam: ['1.1.K1', '6.3.S4'] })).toEqual([]);
		expect(messagesOf({ ...valid, exam: ['1.1.K1', '1.1.K1'] })).toEqual(['exam: the exam-guide line 1.1.K1 is listed twice in `exam`.']);
	});

	const multi = { question: 'Which two?', choices: ['A', 'B', 'C', 'D', 'E'], answer: ['B', 'D'], explanation: 'B and D are both required; C alone is not enough.' };

	test('accepts a multiple-response question whose answers are among five or more choices', () => {
		expect(messagesOf({ ...valid, selfCheck: [multi] })).toEqual([]);
	});

	test('names each multiple-response answer that is not one of the choices', () => {
		expect(messagesOf({ ...valid, selfCheck: [{ ...multi, answer: ['B', 'F'] }] })).toEqual([
			'selfCheck.0.answer: the answer "F" is not one of its choices. Copy the right choice into `answer` word for word.',
		]);
	});

	test('asks for an explanation on every question', () => {
		expect(messagesOf({ ...valid, selfCheck: [{ question: 'Q?', answer: 'A' }] })).toEqual([
			'selfCheck.0.explanation: every self-check item needs an `explanation`: why the answer is right and why the most tempting wrong choice is not.',
		]);
	});

	test('asks for five or more choices on a multiple-response question', () => {
		expect(messagesOf({ ...valid, selfCheck: [{ ...multi, choices: ['A', 'B', 'C', 'D'] }] })).toEqual([
			'selfCheck.0.choices: a multiple-response question has 4 choices; the exam gives five or more. Add real but wrong options until there are at least five.',
		]);
	});

	test('refuses a "Choose N" in the question that does not match the number of answers', () => {
		expect(messagesOf({ ...valid, selfCheck: [{ ...multi, question: 'Which steps are needed? Choose three.' }] })).toEqual([
			'selfCheck.0.question: the question says "Choose three" but `answer` lists 2. Make them agree, or drop the phrase: the site adds "Choose two." to multiple-response questions.',
		]);
	});
});
