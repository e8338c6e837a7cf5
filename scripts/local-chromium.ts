import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, type FoundBrowser } from './find-chromium';

/** Where Playwright's own Chromium is or would be installed; null where it has no build. */
export function playwrightChromium(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** The browser this machine has now, without installing anything. */
export function localChromium(): FoundBrowser | null {
  return findChromium({
    chromiumPath: process.env.CHROMIUM_PATH,
    playwrightPath: playwrightChromium(),
    platform: process.platform,
    exists: existsSync,
  });
}
