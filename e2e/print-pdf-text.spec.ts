import { expect, openTimeline, test } from './fixtures';
import { pdfText, squash } from './print-pdf';

test('copying from the printed PDF gives each chart text once, not doubled by its halo', async ({
  page,
}) => {
  await openTimeline(page);
  await page.emulateMedia({ media: 'print' });
  // Every text the chart draws: event labels, the publication line's label, lane names.
  const texts = await page
    .locator('[data-testid="chart"] text')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()));
  const labels = texts.filter((t) => t.length > 3);
  expect(labels).toContain('Captured near Hadrut, December 2020');
  const text = await pdfText(await page.pdf({ format: 'A4', landscape: true }));
  expect(text).toContain(squash('Captured near Hadrut, December 2020'));
  // A halo written as a run of its own puts the same text twice in a row.
  for (const label of labels) expect(text).not.toContain(squash(`${label}${label}`));
});
