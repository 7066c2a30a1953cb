import { describe, expect, test } from 'vitest';
import { rewriteQuery } from '../../../src/client/search-query';
import { buildSearchTerms } from '../../../src/lib/search-terms';

// Names as the site has them (services and aliases), and page text in which "patch" is a word.
const terms = buildSearchTerms(
	['CodeCommit', 'CodeDeploy', 'CodePipeline', 'AppConfig', 'Step Functions', 'ElastiCache', 'Batch', 'KMS', 'Route 53', 'stacksets'],
	['Patch Manager runs the patch baseline; the pipeline and its stages.'],
);

describe('rewriteQuery: the query search runs for what the reader typed', () => {
	const cases: [string, string, string][] = [
		['drops "vs" between compared things', 'ecs vs eks', 'ecs eks'],
		['drops the small words of a question', 'share an ami across accounts', 'share ami accounts'],
		['keeps a query that is only small words', 'vs', 'vs'],
		['corrects a misspelt service name', 'codecomit approval rules', 'codecommit approval rules'],
		['corrects a longer name two letters off', 'elasticahse', 'elasticache'],
		['corrects a misspelt short name of a page', 'stacksest', 'stacksets'],
		['leaves a word the site uses, however close to a name', 'patch baseline', 'patch baseline'],
		['splits a name written as one word as the pages write it', 'stepfunctions retry', 'step functions retry'],
		['joins a name typed as two words', 'app config rollback', 'appconfig rollback'],
		['drops punctuation the index does not keep', '$LATEST alias', 'LATEST alias'],
		['leaves identifiers alone', 'Fn::GetAtt DeletionPolicy iam:PassRole', 'Fn::GetAtt DeletionPolicy iam:PassRole'],
		['leaves short words alone', 'kms sqs', 'kms sqs'],
		['leaves what it does not know alone', 'karpenter consolidation', 'karpenter consolidation'],
	];
	for (const [behaviour, typed, searched] of cases) {
		test(behaviour, () => expect(rewriteQuery(typed, terms)).toBe(searched));
	}

	test('returns the text unchanged, spaces and all, when there is nothing to do', () => {
		expect(rewriteQuery('codebuild ', terms)).toBe('codebuild ');
	});

	test('without the names (not fetched), still drops filler words', () => {
		expect(rewriteQuery('codecomit vs github', undefined)).toBe('codecomit github');
	});
});

describe('buildSearchTerms', () => {
	test('keys names by their compact form, as the pages write them', () => {
		expect(terms.names).toMatchObject({ stepfunctions: 'step functions', route53: 'route 53', codecommit: 'codecommit' });
	});

	test('lists the words of the site that a correction must not touch', () => {
		expect(terms.known).toContain('patch');
		expect(terms.known).not.toContain('pipeline');
	});
});
