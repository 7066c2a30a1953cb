import { relative } from 'node:path';

/**
 * Formats a content error the way every check of this site reports one:
 * `[kb:<check>] <file>:<line> <what is wrong>` and, on the next line, how to fix it.
 */
export function formatContentError(check: string, file: string | undefined, line: number | undefined, problem: string, fix: string): string {
	const where = file ? `${relative(process.cwd(), file)}${line ? `:${line}` : ''} ` : '';
	return `[kb:${check}] ${where}${problem}\n  Fix: ${fix}`;
}
