import { describe, expect, test } from 'vitest';
import { fontsConfig, launcherScript, npmChromiumCache, npmChromiumLauncher } from '../../../src/lib/npm-chromium';

describe('the Chromium fetched from npm', () => {
	test('lives in the project cache under the home folder, or where KB_BROWSER_CACHE says', () => {
		expect(npmChromiumCache({ HOME: '/home/ana' })).toBe('/home/ana/.cache/aws-devops-kb/chromium');
		expect(npmChromiumCache({ XDG_CACHE_HOME: '/var/cache/ana' })).toBe('/var/cache/ana/aws-devops-kb/chromium');
		expect(npmChromiumLauncher({ KB_BROWSER_CACHE: '/c' })).toBe('/c/153.0.0/kb-chromium');
	});

	test('is launched with its own libraries first on the library path and its fonts configured', () => {
		const script = launcherScript('/c/153.0.0');
		expect(script).toMatch(/^#!\/bin\/sh\n/);
		expect(script).toContain('LD_LIBRARY_PATH="$dir/al2023/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"');
		expect(script).toContain('FONTCONFIG_FILE="$dir/fonts.conf"');
		expect(script).toContain(`exec "$dir/chromium" "$@"`);
	});

	test("keeps the system's fonts and adds the bundled one", () => {
		const config = fontsConfig('/c/153.0.0');
		expect(config).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
		expect(config).toContain('<dir>/c/153.0.0/fonts/fonts</dir>');
	});
});
