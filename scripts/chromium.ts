/**
 * How every headless run here starts Debian's Chromium (tests, benchmark, profiler). Browser
 * downloads are impossible on these machines, so the binary is the system one; the flags stop
 * its background networking, which this closed network would refuse noisily.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
