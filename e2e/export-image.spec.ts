import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openTimeline, readDataset, test } from './fixtures';

const dataset = readDataset();
/** A member of the 64 reservists' cohort, whose label the chart cuts short at 1280 px. */
const COHORT_MEMBER = 'capture-hin-tagher-khtsaberd-64';

test.use({ viewport: { width: 1280, height: 800 } });

async function download(page: Page, format: 'SVG' | 'PNG'): Promise<Buffer> {
  const button = page.getByRole('button', { name: `Download ${format}` });
  // On a phone the downloads sit in the one "Share & export" menu; at a desk they are a row.
  const menu = page.getByRole('button', { name: 'Share & export' });
  await expect(button.or(menu).first()).toBeVisible();
  if (!(await button.isVisible())) await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = test.info().outputPath(`export.${format.toLowerCase()}`);
  await file.saveAs(path);
  return readFileSync(path);
}

interface Drawn {
  readonly width: number;
  readonly title: string | null;
  readonly desc: string | null;
  readonly filters: string;
  readonly omitted: number;
  /** Right edge of each legend key as drawn, and the text it shows. */
  readonly keys: readonly { readonly right: number; readonly text: string }[];
  /** Each chart label as drawn: its words and its box in the image. */
  readonly labels: readonly {
    readonly id: string;
    readonly text: string;
    readonly box: readonly [number, number, number, number];
  }[];
  readonly chartY: number;
}

/** Draws the exported SVG in the page and reads what it shows, where. */
async function drawSvg(page: Page, markup: string): Promise<Drawn> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    if (error) throw new Error(error.textContent);
    const host = document.createElement('div');
    const svg = document.importNode(doc.documentElement, true);
    host.append(svg);
    document.body.append(host);
    if (!(svg instanceof SVGSVGElement)) throw new Error('not an SVG');
    const origin = svg.getBoundingClientRect();
    const keys = [...svg.querySelectorAll('[data-export-key]')].map((key) => ({
      right: key.getBoundingClientRect().right - origin.left,
      text: key.textContent,
    }));
    const labels = [...svg.querySelectorAll('.ct-label')].map((label) => {
      const r = label.getBoundingClientRect();
      return {
        id: label.getAttribute('data-label-for') ?? '',
        text:
          [...label.querySelectorAll('tspan')].map((t) => t.textContent).join(' ') ||
          label.textContent,
        box: [
          r.left - origin.left,
          r.top - origin.top,
          r.right - origin.left,
          r.bottom - origin.top,
        ] as const,
      };
    });
    const drawn = {
      width: svg.width.baseVal.value,
      title: svg.querySelector(':scope > title')?.textContent ?? null,
      desc: svg.querySelector(':scope > desc')?.textContent ?? null,
      filters: [...svg.querySelectorAll('[data-export-filters]')]
        .map((t) => t.textContent)
        .join(' '),
      omitted: svg.querySelectorAll('[data-export="omit"]').length,
      keys,
      labels,
      chartY: Number(svg.querySelector(':scope > svg')?.getAttribute('y') ?? 0),
    };
    host.remove();
    return drawn;
  }, markup);
}

test('the SVG has a title, a description and a line naming the filters', async ({ page }) => {
  await openTimeline(page);
  const plain = await drawSvg(page, (await download(page, 'SVG')).toString('utf8'));
  expect(plain.title).toBe(dataset.title);
  expect(plain.desc).toContain(`Timeline chart of ${dataset.events.length} events`);
  expect(plain.desc).toContain('Dec 2020');
  expect(plain.desc).toContain('Western Armenia');
  expect(plain.filters).toBe('No filters');

  await openTimeline(page, '?kind=release&side=azerbaijan');
  const filtered = await drawSvg(page, (await download(page, 'SVG')).toString('utf8'));
  expect(filtered.filters).toBe('Filtered: kinds Releases; held by Azerbaijan');
  expect(filtered.desc).toContain(`(of ${dataset.events.length} in the dataset)`);
});

test('the export leaves out the selection ring and the focus rings, and keeps the cohort rings the key explains', async ({
  page,
}) => {
  await openTimeline(page, `?event=${COHORT_MEMBER}`);
  const chart = page.getByTestId('chart');
  // On the page: a focus ring per mark, the selection ring, and the cohort's rings.
  const rings = await chart.locator('[data-cohort-ring]').count();
  expect(rings).toBeGreaterThan(0);
  const onPage = await chart.locator('[data-export="omit"]').count();
  expect(onPage).toBeGreaterThan(dataset.events.length);
  const markup = (await download(page, 'SVG')).toString('utf8');
  const drawn = await drawSvg(page, markup);
  expect(drawn.omitted).toBe(0);
  expect(drawn.labels.length).toBeGreaterThan(0);
  expect(markup.match(/data-cohort-ring/g)?.length).toBe(rings);
  expect(drawn.keys.map((k) => k.text).join(' ')).toContain('same people as the selected event');
});

test('the legend wraps within the image and lists every key', async ({ page }) => {
  for (const width of [1280, 700, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await openTimeline(page, `?event=${COHORT_MEMBER}`);
    const drawn = await drawSvg(page, (await download(page, 'SVG')).toString('utf8'));
    const texts = drawn.keys.map((k) => k.text);
    for (const key of [
      'Captures & arrests',
      'Releases',
      'area = number of people',
      'number not given',
      'band = window the date allows',
    ]) {
      expect(
        texts.some((t) => t.replace(/\s+/g, ' ').includes(key)),
        key,
      ).toBe(true);
    }
    expect(texts.join(' ')).toContain('Date not given: the sources give only a limit');
    for (const key of drawn.keys) expect(key.right, key.text).toBeLessThanOrEqual(drawn.width);
  }
});

test('labels cut short on screen are written in full in the export, none overlapping', async ({
  page,
}) => {
  await openTimeline(page);
  const cut = await page
    .locator('[data-testid="chart"] .ct-label')
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => n.textContent.endsWith('…'))
        .map((n) => n.getAttribute('data-label-for') ?? ''),
    );
  // At 1280 px the 55 held, by the publication line, has no room for its whole title.
  expect(cut).toContain('held-armenians-55-rights-activists');
  const drawn = await drawSvg(page, (await download(page, 'SVG')).toString('utf8'));
  for (const id of cut) {
    const label = drawn.labels.find((l) => l.id === id);
    expect(label?.text, id).toBe(dataset.events.find((e) => e.id === id)?.title);
  }
  for (const [i, a] of drawn.labels.entries()) {
    expect(a.box[2], a.id).toBeLessThanOrEqual(drawn.width);
    for (const b of drawn.labels.slice(i + 1)) {
      const apart =
        a.box[2] <= b.box[0] ||
        b.box[2] <= a.box[0] ||
        a.box[3] <= b.box[1] ||
        b.box[3] <= a.box[1];
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
});

for (const width of [1280, 1100, 900, 700, 390]) {
  test(`the PNG at ${width} px is drawn with nothing past its right margin, at twice the SVG’s size`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await openTimeline(page, `?event=${COHORT_MEMBER}`);
    const svg = await drawSvg(page, (await download(page, 'SVG')).toString('utf8'));
    const png = await download(page, 'PNG');
    expect(png.readUInt32BE(16)).toBe(svg.width * 2);
    // The right 12 px of the header and legend (above the chart): only the background there.
    const inked = await page.evaluate(
      async ({ data, top }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.drawImage(image, 0, 0);
        const strip = context.getImageData(canvas.width - 24, 0, 24, top * 2).data;
        const [r, g, b] = [strip[0], strip[1], strip[2]];
        let count = 0;
        for (let i = 0; i < strip.length; i += 4) {
          if (strip[i] !== r || strip[i + 1] !== g || strip[i + 2] !== b) count += 1;
        }
        return count;
      },
      { data: png.toString('base64'), top: svg.chartY },
    );
    expect(inked).toBe(0);
  });
}
