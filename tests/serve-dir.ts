import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const SERVER = join(import.meta.dirname, '../scripts/serve-dist.mjs');

/** Serves a built site with the project's static server on a free port of 127.0.0.1. */
export async function serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }> {
	const port = await findFreePort();
	const child = spawn(process.execPath, [SERVER, dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((resolve, reject) => {
		child.stdout.once('data', () => resolve());
		child.once('exit', (code) => reject(new Error(`the static server stopped with code ${code}`)));
	});
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => (child.exitCode === null ? child.once('exit', () => resolve()).kill() : resolve())),
	};
}

function findFreePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
		});
	});
}
