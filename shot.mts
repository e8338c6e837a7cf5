import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://localhost:4699';
const out = process.env.OUT ?? '/work/shots';
const shots: [string, string, number, number][] = [
  ['desktop', '/', 1280, 800],
  ['phone', '/', 390, 844],
  ['present720', '/?mode=present', 1280, 720],
  ['present1080', '/?mode=present', 1920, 1080],
  ['embed', '/?mode=embed', 640, 900],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, path, w, h] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(base + path);
  await page.waitForSelector('[data-ready="true"]', { timeout: 20000 }).catch(() => {});
  await page.screenshot({ path: `${out}/${process.env.PREFIX ?? ''}${name}.png`, fullPage: name === 'desktop-full' });
  await page.close();
}
const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto(base + '/');
await p.waitForSelector('[data-ready="true"]');
await p.screenshot({ path: `${out}/${process.env.PREFIX ?? ''}desktop-full.png`, fullPage: true });
await p.emulateMedia({ media: 'print' });
await p.screenshot({ path: `${out}/${process.env.PREFIX ?? ''}print.png`, fullPage: true });
await browser.close();
