import { describe, expect, it } from 'vitest';
import {
  findChromium,
  MissingNamedBrowserError,
  noBrowserMessage,
  SYSTEM_BROWSERS,
} from './find-chromium';

const PLAYWRIGHT = '/home/reader/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

function lookup(present: readonly string[], chromiumPath?: string) {
  return {
    chromiumPath,
    playwrightPath: PLAYWRIGHT,
    platform: 'linux',
    exists: (path: string) => present.includes(path),
  };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, even when other browsers are there', () => {
    expect(
      findChromium(lookup(['/opt/my/chrome', PLAYWRIGHT, '/usr/bin/chromium'], '/opt/my/chrome')),
    ).toEqual({
      path: '/opt/my/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  it('refuses a CHROMIUM_PATH that names no file instead of falling through', () => {
    expect(() => findChromium(lookup(['/usr/bin/chromium'], '/opt/typo/chrome'))).toThrow(
      new MissingNamedBrowserError('/opt/typo/chrome'),
    );
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    expect(findChromium(lookup(['/usr/bin/chromium'], '  '))).toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
  });

  it("prefers Playwright's own browser to the system's", () => {
    expect(findChromium(lookup([PLAYWRIGHT, '/usr/bin/chromium']))).toEqual({
      path: PLAYWRIGHT,
      source: 'playwright',
    });
  });

  it('falls back to the first system browser in the listed order', () => {
    expect(findChromium(lookup(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toEqual({
      path: '/usr/bin/chromium-browser',
      source: 'system',
    });
  });

  it('looks only at the paths of the platform it runs on', () => {
    const mac = SYSTEM_BROWSERS.darwin?.[0] ?? '';
    expect(findChromium({ ...lookup([mac]), platform: 'linux' })).toBeNull();
    expect(findChromium({ ...lookup([mac]), platform: 'darwin' })).toEqual({
      path: mac,
      source: 'system',
    });
    expect(findChromium({ ...lookup(['/usr/bin/chromium']), platform: 'aix' })).toBeNull();
  });

  it('finds nothing on a bare machine', () => {
    expect(findChromium({ ...lookup([]), playwrightPath: null })).toBeNull();
  });
});

describe('noBrowserMessage', () => {
  it('lists what was tried, then the three ways out', () => {
    expect(noBrowserMessage(['CHROMIUM_PATH is not set'])).toBe(
      [
        'The end-to-end tests need Chromium or Chrome, and none was found or could be installed.',
        '  - CHROMIUM_PATH is not set',
        'Do one of these, then run the tests again:',
        '  - npx playwright install chromium   (Playwright downloads its own browser)',
        '  - install Chromium or Chrome with your system package manager',
        '    (Debian/Ubuntu, as root: apt-get install -y chromium)',
        '  - CHROMIUM_PATH=/path/to/chrome npm test   (use a browser you already have)',
      ].join('\n'),
    );
  });
});
