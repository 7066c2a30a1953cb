import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	resolve: { alias: { '~': `${root}src` } },
	test: {
		projects: [
			{
				extends: true,
				// CI's strictness about wide diagrams is for the site's build: a unit test that draws a
				// wide diagram sets the strictness it tests.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, env: { KB_STRICT_DIAGRAMS: '0' } },
			},
			{
				extends: true,
				// Each test builds a small site with the real configuration: one at a time.
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, fileParallelism: false },
			},
		],
	},
});
