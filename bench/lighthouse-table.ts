/** Lighthouse's figures as a table, each row beside the target for its page. */
import type { LighthouseFigures } from './lighthouse';

/** Performance ≥ 99, FCP ≤ 1.0 s, LCP ≤ 1.2 s, and 100 for accessibility, best practices, SEO. */
export function lighthouseVerdict(f: LighthouseFigures): 'met' | 'MISSED' | 'n/a' {
  if (!f.compressed) return 'n/a'; // the targets are for a gzip-compressing server
  const met =
    f.performance >= 99 &&
    f.fcpMs <= 1000 &&
    f.lcpMs <= 1200 &&
    f.accessibility === 100 &&
    f.bestPractices === 100 &&
    f.seo === 100;
  return met ? 'met' : 'MISSED';
}

export function lighthouseTable(rows: readonly LighthouseFigures[]): string {
  const header = [
    'page',
    'gzip',
    'performance',
    'accessibility',
    'best practices',
    'SEO',
    'FCP ms',
    'LCP ms',
    'TBT ms',
    'CLS',
    'Speed Index ms',
    'target',
  ];
  const ms = (n: number) => Math.round(n).toLocaleString('en-US');
  const lines = rows.map((f) => [
    `${f.page} (${f.url})`,
    f.compressed ? 'yes' : 'no',
    String(f.performance),
    String(f.accessibility),
    String(f.bestPractices),
    String(f.seo),
    ms(f.fcpMs),
    ms(f.lcpMs),
    ms(f.tbtMs),
    f.cls.toFixed(3),
    ms(f.speedIndexMs),
    lighthouseVerdict(f),
  ]);
  return [header, header.map(() => '---'), ...lines].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
