/**
 * Makes sure the end-to-end tests have a browser, so that `npm ci && npm test` works on a machine
 * with nothing but Node. In order:
 *   1. a browser that is already there (CHROMIUM_PATH, Playwright's own, the system's);
 *   2. `playwright install chromium`, where that download is allowed;
 *   3. `apt-get install -y chromium`, when running as root on Debian or a derivative.
 * Otherwise it stops with one message that says what to do.
 *   npx tsx scripts/ensure-browser.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { localChromium } from './local-chromium';
import { MissingNamedBrowserError, noBrowserMessage } from './find-chromium';

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, timeout: 15 * 60_000 });
  return result.status === 0;
}

/**
 * A browser file can be there and still not start: Playwright's download brings no system
 * libraries, so on a minimal image it fails at launch. Asking for its version loads them.
 */
function starts(path: string): boolean {
  const result = spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 60_000 });
  return result.status === 0;
}

function found(how?: string): boolean {
  const browser = localChromium();
  if (!browser) return false;
  if (!starts(browser.path)) {
    console.log(`${browser.path} is there but does not start (missing system libraries?).`);
    return false;
  }
  console.log(`Browser for the end-to-end tests: ${browser.path} (${how ?? browser.source})`);
  return true;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function main(): number {
  try {
    if (found()) return 0;
  } catch (error) {
    if (error instanceof MissingNamedBrowserError) {
      console.error(`${error.message} Point it at a Chromium or Chrome binary, or unset it.`);
      return 1;
    }
    throw error;
  }

  const tried = [
    'no browser that starts: CHROMIUM_PATH is not set, and neither Playwright nor the system has a Chromium or Chrome that runs',
  ];

  console.log('No browser found: asking Playwright to download its Chromium.');
  if (
    run('npx', ['--no-install', 'playwright', 'install', 'chromium']) &&
    found('downloaded by Playwright')
  ) {
    return 0;
  }
  tried.push('`npx playwright install chromium` failed (see its output above)');

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && onPath('apt-get');
  if (isRoot && isDebian) {
    console.log("Installing the system's Chromium with apt-get.");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get', ['update', '-qq'], env) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], env) &&
      found('installed with apt-get')
    ) {
      return 0;
    }
    tried.push('`apt-get install -y chromium` failed (see its output above)');
  } else {
    tried.push(
      isDebian
        ? 'apt-get was not tried: installing a system package needs root'
        : 'apt-get was not tried: this is not a Debian-based system',
    );
  }
  console.error(noBrowserMessage(tried));
  return 1;
}

process.exit(main());
