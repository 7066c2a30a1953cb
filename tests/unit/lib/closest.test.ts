import { expect, test } from 'vitest';
import { findClosest, getEditDistance } from '../../../src/lib/closest';

test('counts edits between two strings', () => {
	expect(getEditDistance('kitten', 'sitting')).toBe(3);
	expect(getEditDistance('', 'abc')).toBe(3);
});

test('suggests a close candidate and nothing for an unrelated one', () => {
	expect(findClosest('CodeDeplyo', ['CodeBuild', 'CodeDeploy'])).toBe('CodeDeploy');
	expect(findClosest('Kubernetes', ['KMS', 'S3'])).toBeUndefined();
});
