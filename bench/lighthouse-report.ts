/** The text `npm run bench:lighthouse` prints: the figures, the targets, and what fails. */
import type { LighthouseFigures } from './lighthouse';
import { verdicts } from './lighthouse-figures';
import type { FailingAudit } from './lighthouse-figures';

export interface PageReport {
  readonly figures: LighthouseFigures;
  readonly failing: readonly FailingAudit[];
  readonly errored: readonly FailingAudit[];
}

const COLUMNS: readonly (readonly [string, (f: LighthouseFigures) => string])[] = [
  ['page', (f) => f.page],
  ['gzip', (f) => (f.compressed ? 'yes' : 'no')],
  ['performance', (f) => String(f.performance)],
  ['FCP ms', (f) => String(f.fcpMs)],
  ['LCP ms', (f) => String(f.lcpMs)],
  ['TBT ms', (f) => String(f.tbtMs)],
  ['CLS', (f) => f.cls.toFixed(3)],
  ['SI ms', (f) => String(f.speedIndexMs)],
  ['a11y', (f) => String(f.accessibility)],
  ['best practices', (f) => String(f.bestPractices)],
  ['SEO', (f) => String(f.seo)],
];

function table(rows: readonly LighthouseFigures[]): string[] {
  const cells = [COLUMNS.map(([name]) => name), ...rows.map((f) => COLUMNS.map(([, v]) => v(f)))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  return cells.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  '),
  );
}

function targetLines(f: LighthouseFigures): string[] {
  return verdicts(f).map(
    (v) =>
      `  ${f.page.padEnd(5)}  ${v.target.padEnd(20)}  ${v.value.padStart(7)}  ${v.met ? 'met' : 'MISSED'}`,
  );
}

function failingLines(report: PageReport): string[] {
  if (report.failing.length === 0) return [`  ${report.figures.page.padEnd(5)}  none`];
  return report.failing.map((a) => {
    const score = a.error === null ? `score ${String(a.score)}` : `error: ${a.error}`;
    const weight = a.weighted ? '' : ', not weighted';
    return `  ${report.figures.page.padEnd(5)}  ${a.category}  ${a.id}: ${a.title} (${score}${weight})`;
  });
}

/** Grouped by reason: the same failure usually hits several audits on every page. */
function erroredLines(reports: readonly PageReport[]): string[] {
  const byReason = new Map<string, { pages: Set<string>; ids: Set<string> }>();
  for (const report of reports) {
    for (const audit of report.errored) {
      const reason = audit.error ?? 'no message';
      const group = byReason.get(reason) ?? { pages: new Set(), ids: new Set() };
      group.pages.add(report.figures.page);
      group.ids.add(audit.id);
      byReason.set(reason, group);
    }
  }
  if (byReason.size === 0) return [];
  return [
    '',
    'Performance diagnostics Lighthouse could not run (the score does not use them):',
    ...[...byReason].flatMap(([reason, { pages, ids }]) => [
      `  ${[...pages].join(', ')}: ${[...ids].join(', ')}`,
      `    ${reason}`,
    ]),
  ];
}

export function formatLighthouse(reports: readonly PageReport[]): string {
  return [
    ...table(reports.map((r) => r.figures)),
    '',
    'Targets (issue 15):',
    ...reports.flatMap((r) => targetLines(r.figures)),
    '',
    'Failing audits in accessibility, best practices and SEO:',
    ...reports.flatMap(failingLines),
    ...erroredLines(reports),
  ].join('\n');
}
