/**
 * What a Lighthouse report says about one page, reduced to the figures issue 15's targets name,
 * and the verdict on each target. Pure: it reads the report's JSON (the "LHR"), so it is tested
 * with a hand-made one.
 */
import type { LighthouseFigures } from './lighthouse';

/** The two pages every Lighthouse run audits. */
export const PAGES = [
  { page: 'full', path: '/' },
  { page: 'embed', path: '/?mode=embed' },
] as const satisfies readonly { page: LighthouseFigures['page']; path: string }[];

/** The categories the targets name, as Lighthouse calls them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The part of a Lighthouse result that is read here (a real `Result` has all of it). */
export interface LhrAudit {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly scoreDisplayMode: string;
  readonly numericValue?: number;
  readonly errorMessage?: string;
}

export interface LhrSubset {
  readonly runtimeError?: { readonly code: string; readonly message: string };
  readonly runWarnings: readonly string[];
  readonly environment: { readonly benchmarkIndex: number };
  readonly categories: Readonly<
    Record<
      string,
      {
        readonly score: number | null;
        readonly auditRefs: readonly { readonly id: string; readonly weight: number }[];
      }
    >
  >;
  readonly audits: Readonly<Record<string, LhrAudit>>;
}

function categoryScore(lhr: LhrSubset, id: string, url: string): number {
  const score = lhr.categories[id]?.score;
  if (score === undefined || score === null) {
    throw new Error(`Lighthouse gave no ${id} score for ${url}`);
  }
  return Math.round(score * 100);
}

function metric(lhr: LhrSubset, id: string, url: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse measured no ${id} for ${url}`);
  return value;
}

/**
 * The figures for one page: scores as Lighthouse shows them (0–100), times in whole
 * milliseconds, CLS to three decimals. A report without a score or a metric is an error that
 * names it, never a zero that reads as a result.
 */
export function figuresFromLhr(
  lhr: LhrSubset,
  page: LighthouseFigures['page'],
  url: string,
  compressed: boolean,
): LighthouseFigures {
  if (lhr.runtimeError) {
    throw new Error(
      `Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
    );
  }
  return {
    page,
    url,
    compressed,
    performance: categoryScore(lhr, 'performance', url),
    accessibility: categoryScore(lhr, 'accessibility', url),
    bestPractices: categoryScore(lhr, 'best-practices', url),
    seo: categoryScore(lhr, 'seo', url),
    fcpMs: Math.round(metric(lhr, 'first-contentful-paint', url)),
    lcpMs: Math.round(metric(lhr, 'largest-contentful-paint', url)),
    tbtMs: Math.round(metric(lhr, 'total-blocking-time', url)),
    cls: Math.round(metric(lhr, 'cumulative-layout-shift', url) * 1000) / 1000,
    speedIndexMs: Math.round(metric(lhr, 'speed-index', url)),
  };
}

export interface FailingAudit {
  readonly category: string;
  readonly id: string;
  readonly title: string;
  /** 0–100, or null when the audit itself errored. */
  readonly score: number | null;
  /** Whether it lowers the category's score (weight > 0) or is only reported. */
  readonly weighted: boolean;
  /** Why Lighthouse could not run the audit, or null when it ran. */
  readonly error: string | null;
}

/** Audits that carry a pass/fail score; the others (manual, informative, not applicable) never fail. */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

const errored = (audit: LhrAudit) => audit.scoreDisplayMode === 'error';
const failed = (audit: LhrAudit) =>
  SCORED_MODES.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1;

function auditsWhere(
  lhr: LhrSubset,
  categories: readonly string[],
  keep: (audit: LhrAudit) => boolean,
): FailingAudit[] {
  return categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref): FailingAudit[] => {
      const audit = lhr.audits[ref.id];
      if (!audit || !keep(audit)) return [];
      return [
        {
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score === null ? null : Math.round(audit.score * 100),
          weighted: ref.weight > 0,
          error: errored(audit) ? (audit.errorMessage ?? 'no message') : null,
        },
      ];
    }),
  );
}

/** The audits of accessibility, best practices and SEO that did not pass, in report order. */
export function failingAudits(lhr: LhrSubset): FailingAudit[] {
  return auditsWhere(
    lhr,
    ['accessibility', 'best-practices', 'seo'],
    (a) => errored(a) || failed(a),
  );
}

/**
 * The performance audits Lighthouse could not run. The score comes from the five metrics, which
 * are read above (a missing one is an error), so these are diagnostics the report lacks, such as
 * the LCP element or the render-blocking requests; a browser newer than Lighthouse can cause them.
 */
export function erroredPerformanceAudits(lhr: LhrSubset): FailingAudit[] {
  return auditsWhere(lhr, ['performance'], errored);
}

export interface Verdict {
  readonly target: string;
  readonly value: string;
  readonly met: boolean;
}

/** Issue 15's Lighthouse targets, for one page. */
export function verdicts(f: LighthouseFigures): Verdict[] {
  return [
    { target: 'performance ≥ 99', value: String(f.performance), met: f.performance >= 99 },
    { target: 'FCP ≤ 1.0 s', value: `${f.fcpMs} ms`, met: f.fcpMs <= 1000 },
    { target: 'LCP ≤ 1.2 s', value: `${f.lcpMs} ms`, met: f.lcpMs <= 1200 },
    {
      target: 'accessibility = 100',
      value: String(f.accessibility),
      met: f.accessibility === 100,
    },
    {
      target: 'best practices = 100',
      value: String(f.bestPractices),
      met: f.bestPractices === 100,
    },
    { target: 'SEO = 100', value: String(f.seo), met: f.seo === 100 },
  ];
}
