import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const SERVER = resolve(import.meta.dirname, '../scripts/serve-dist.mjs');

/**
 * A built site served on 127.0.0.1 by scripts/serve-dist.mjs (gzip and `_headers` as a static
 * host does), on a free port; the benchmark and the tests that stop their own server use it.
 */
export async function serveSite(distDir: string): Promise<{ origin: string; close(): Promise<void> }> {
	const child = spawn(process.execPath, [SERVER, distDir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
	const origin = await new Promise<string>((done, fail) => {
		child.stdout.on('data', (chunk: Buffer) => {
			const match = /http:\/\/127\.0\.0\.1:\d+/.exec(String(chunk));
			if (match) done(match[0]);
		});
		child.on('error', fail);
		child.on('exit', (code) => fail(new Error(`serve-dist.mjs exited with code ${code} before serving`)));
	});
	// Resolves once the server has stopped: a test that cuts the network relies on it.
	const close = () => new Promise<void>((done) => (child.exitCode === null ? child.once('exit', () => done()).kill() : done()));
	return { origin, close };
}
