import { describe, expect, test } from 'vitest';
import { checkLinks, resolveInternal, type BuiltPage } from '../../../src/lib/links/check-links';

const page = (path: string, ids: string[], hrefs: string[]): BuiltPage => ({ path, ids: new Set(ids), hrefs });
const noFiles = () => false;

describe('checkLinks', () => {
	const site = [
		page('/', ['_top'], ['/sdlc/codebuild/', '/sdlc/codebiuld/', 'https://aws.amazon.com/', 'mailto:x@example.com']),
		page('/sdlc/codebuild/', ['_top', 'the-buildspec', 'starlight__sidebar'], ['#the-buildspec', '#buildspec', '../codebuild/', '/favicon.svg']),
	];

	test('reports a link to a missing page with the closest existing page', () => {
		const issues = checkLinks(site, '/', noFiles);
		expect(issues).toContainEqual({ page: '/', href: '/sdlc/codebiuld/', problem: 'no page at /sdlc/codebiuld/', suggestion: '/sdlc/codebuild/' });
	});

	test('reports a missing anchor, lists the page anchors and suggests the closest', () => {
		const issues = checkLinks(site, '/', noFiles);
		expect(issues).toContainEqual({
			page: '/sdlc/codebuild/',
			href: '#buildspec',
			problem: '/sdlc/codebuild/ has no anchor #buildspec. Its anchors: #the-buildspec',
			suggestion: '/sdlc/codebuild/#the-buildspec',
		});
	});

	test('accepts existing pages, anchors, relative links and files, and ignores other sites', () => {
		const issues = checkLinks(site, '/', (path) => path === '/favicon.svg');
		expect(issues.map((issue) => issue.href).sort()).toEqual(['#buildspec', '/sdlc/codebiuld/']);
	});

	test('says a path without a trailing slash is not a page', () => {
		const issues = checkLinks([page('/', [], ['/sdlc/codebuild']), page('/sdlc/codebuild/', [], [])], '/', noFiles);
		expect(issues[0]?.problem).toBe('no page at /sdlc/codebuild (site paths end with a slash)');
	});

	test('checks links under a base path', () => {
		const based = [page('/', [], ['/kb/sdlc/codebuild/', '/sdlc/codebuild/']), page('/sdlc/codebuild/', [], [])];
		expect(checkLinks(based, '/kb/', noFiles).map((issue) => issue.href)).toEqual(['/sdlc/codebuild/']);
	});
});

describe('resolveInternal', () => {
	test('resolves relative links against the page', () => {
		expect(resolveInternal('../kms/#a', '/security/x/', '/')).toEqual({ path: '/security/kms/', hash: 'a' });
	});
	test('leaves other schemes and hosts alone', () => {
		expect(resolveInternal('https://example.com/', '/', '/')).toBeUndefined();
		expect(resolveInternal('//cdn.example.com/x.js', '/', '/')).toBeUndefined();
	});
});
