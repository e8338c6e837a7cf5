// The Lighthouse figures live in bench/; their tests sit here because vitest's node project
// collects scripts/**/*.test.ts (and not bench/).
import { describe, expect, it } from 'vitest';
import type { LighthouseFigures } from '../bench/lighthouse';
import {
  erroredPerformanceAudits,
  failingAudits,
  figuresFromLhr,
  verdicts,
} from '../bench/lighthouse-figures';
import type { FailingAudit, LhrAudit, LhrSubset } from '../bench/lighthouse-figures';
import { formatLighthouse } from '../bench/lighthouse-report';

const URL = 'http://127.0.0.1:4390/';

function audit(id: string, score: number | null, scoreDisplayMode: string, numericValue?: number) {
  const a: LhrAudit = { id, title: `Title of ${id}`, score, scoreDisplayMode };
  return numericValue === undefined ? a : { ...a, numericValue };
}

function broken(id: string, errorMessage: string): LhrAudit {
  return { ...audit(id, null, 'error'), errorMessage };
}

/** A Lighthouse result cut down to what is read, with values as a real run gives them. */
function lhr(overrides: Partial<LhrSubset> = {}): LhrSubset {
  const audits = [
    audit('first-contentful-paint', 0.62, 'numeric', 1812.4),
    audit('largest-contentful-paint', 0.71, 'numeric', 2349.6),
    audit('total-blocking-time', 0.89, 'numeric', 199.5),
    audit('cumulative-layout-shift', 1, 'numeric', 0.01234),
    audit('speed-index', 0.98, 'numeric', 1900.2),
    audit('color-contrast', 1, 'binary'),
    audit('label-content-name-mismatch', 0, 'binary'),
    audit('aria-allowed-role', null, 'notApplicable'),
    audit('visual-order-follows-dom', null, 'manual'),
    audit('errors-in-console', 0, 'binary'),
    broken('inspector-issues', 'Protocol error (Audits.enable)'),
    broken('largest-contentful-paint-element', 'TraceElements gatherer encountered an error'),
    audit('render-blocking-resources', 0.5, 'metricSavings'),
    audit('deprecations', 0, 'informative'),
    audit('meta-description', 0, 'binary'),
    audit('document-title', 1, 'binary'),
  ];
  return {
    runWarnings: [],
    environment: { benchmarkIndex: 1500 },
    categories: {
      performance: {
        score: 0.94,
        auditRefs: [
          { id: 'first-contentful-paint', weight: 10 },
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'largest-contentful-paint-element', weight: 0 },
          { id: 'render-blocking-resources', weight: 0 },
        ],
      },
      accessibility: {
        score: 1,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'label-content-name-mismatch', weight: 0 },
          { id: 'aria-allowed-role', weight: 1 },
          { id: 'visual-order-follows-dom', weight: 0 },
        ],
      },
      'best-practices': {
        score: 0.96,
        auditRefs: [
          { id: 'errors-in-console', weight: 1 },
          { id: 'inspector-issues', weight: 1 },
          { id: 'deprecations', weight: 0 },
        ],
      },
      seo: {
        score: 0.92,
        auditRefs: [
          { id: 'meta-description', weight: 1 },
          { id: 'document-title', weight: 1 },
        ],
      },
    },
    audits: Object.fromEntries(audits.map((a) => [a.id, a])),
    ...overrides,
  };
}

const FIGURES: LighthouseFigures = {
  page: 'full',
  url: URL,
  compressed: true,
  performance: 94,
  accessibility: 100,
  bestPractices: 96,
  seo: 92,
  fcpMs: 1812,
  lcpMs: 2350,
  tbtMs: 200,
  cls: 0.012,
  speedIndexMs: 1900,
};

const LCP_ELEMENT_ERROR: FailingAudit = {
  category: 'performance',
  id: 'largest-contentful-paint-element',
  title: 'Title of largest-contentful-paint-element',
  score: null,
  weighted: false,
  error: 'TraceElements gatherer encountered an error',
};

describe('figuresFromLhr', () => {
  it('reads scores as 0–100, times as whole ms and CLS to three decimals', () => {
    expect(figuresFromLhr(lhr(), 'full', URL, true)).toEqual(FIGURES);
  });

  it('keeps the page, its URL and whether it was served compressed', () => {
    const embed = figuresFromLhr(lhr(), 'embed', `${URL}?mode=embed`, false);
    expect([embed.page, embed.url, embed.compressed]).toEqual([
      'embed',
      'http://127.0.0.1:4390/?mode=embed',
      false,
    ]);
  });

  it('refuses a run that could not load the page, naming the URL and the cause', () => {
    const failed = lhr({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint.' } });
    expect(() => figuresFromLhr(failed, 'full', URL, true)).toThrow(
      'Lighthouse could not audit http://127.0.0.1:4390/: NO_FCP The page did not paint.',
    );
  });

  it('refuses a category without a score rather than reporting 0', () => {
    const base = lhr();
    const unscored = lhr({
      categories: { ...base.categories, seo: { score: null, auditRefs: [] } },
    });
    expect(() => figuresFromLhr(unscored, 'full', URL, true)).toThrow(
      'Lighthouse gave no seo score for http://127.0.0.1:4390/',
    );
  });

  it('refuses a missing metric rather than reporting 0 ms', () => {
    const base = lhr();
    const audits = Object.fromEntries(
      Object.entries(base.audits).filter(([id]) => id !== 'largest-contentful-paint'),
    );
    expect(() => figuresFromLhr(lhr({ audits }), 'full', URL, true)).toThrow(
      'Lighthouse measured no largest-contentful-paint for http://127.0.0.1:4390/',
    );
  });
});

describe('failingAudits', () => {
  it('lists failed and errored audits of accessibility, best practices and SEO, in report order', () => {
    expect(failingAudits(lhr())).toEqual([
      {
        category: 'accessibility',
        id: 'label-content-name-mismatch',
        title: 'Title of label-content-name-mismatch',
        score: 0,
        weighted: false,
        error: null,
      },
      {
        category: 'best-practices',
        id: 'errors-in-console',
        title: 'Title of errors-in-console',
        score: 0,
        weighted: true,
        error: null,
      },
      {
        category: 'best-practices',
        id: 'inspector-issues',
        title: 'Title of inspector-issues',
        score: null,
        weighted: true,
        error: 'Protocol error (Audits.enable)',
      },
      {
        category: 'seo',
        id: 'meta-description',
        title: 'Title of meta-description',
        score: 0,
        weighted: true,
        error: null,
      },
    ]);
  });
});

describe('erroredPerformanceAudits', () => {
  it('lists only the performance audits that could not run, with the reason', () => {
    expect(erroredPerformanceAudits(lhr())).toEqual([LCP_ELEMENT_ERROR]);
  });
});

describe('verdicts', () => {
  const at = (f: Partial<LighthouseFigures>) =>
    verdicts({ ...FIGURES, ...f }).map(
      (v) => `${v.target}: ${v.value} ${v.met ? 'met' : 'MISSED'}`,
    );

  it('meets each target exactly at its bound', () => {
    expect(at({ performance: 99, fcpMs: 1000, lcpMs: 1200, bestPractices: 100, seo: 100 })).toEqual(
      [
        'performance ≥ 99: 99 met',
        'FCP ≤ 1.0 s: 1000 ms met',
        'LCP ≤ 1.2 s: 1200 ms met',
        'accessibility = 100: 100 met',
        'best practices = 100: 100 met',
        'SEO = 100: 100 met',
      ],
    );
  });

  it('misses each target one step past its bound', () => {
    expect(
      at({
        performance: 98,
        fcpMs: 1001,
        lcpMs: 1201,
        accessibility: 99,
        bestPractices: 99,
        seo: 99,
      }),
    ).toEqual([
      'performance ≥ 99: 98 MISSED',
      'FCP ≤ 1.0 s: 1001 ms MISSED',
      'LCP ≤ 1.2 s: 1201 ms MISSED',
      'accessibility = 100: 99 MISSED',
      'best practices = 100: 99 MISSED',
      'SEO = 100: 99 MISSED',
    ]);
  });
});

describe('formatLighthouse', () => {
  it('prints the figures, each target with its verdict, and each failing audit', () => {
    const text = formatLighthouse([
      {
        figures: FIGURES,
        failing: failingAudits(lhr()).slice(0, 3),
        errored: erroredPerformanceAudits(lhr()),
      },
      {
        figures: { ...FIGURES, page: 'embed', performance: 99 },
        failing: [],
        errored: [
          ...erroredPerformanceAudits(lhr()),
          { ...LCP_ELEMENT_ERROR, id: 'layout-shifts' },
          {
            ...LCP_ELEMENT_ERROR,
            id: 'render-blocking-resources',
            error: 'Cannot read frame_sequence',
          },
        ],
      },
    ]);
    expect(text.split('\n')).toEqual([
      'page   gzip  performance  FCP ms  LCP ms  TBT ms    CLS  SI ms  a11y  best practices  SEO',
      'full    yes           94    1812    2350     200  0.012   1900   100              96   92',
      'embed   yes           99    1812    2350     200  0.012   1900   100              96   92',
      '',
      'Targets (issue 15):',
      '  full   performance ≥ 99           94  MISSED',
      '  full   FCP ≤ 1.0 s           1812 ms  MISSED',
      '  full   LCP ≤ 1.2 s           2350 ms  MISSED',
      '  full   accessibility = 100       100  met',
      '  full   best practices = 100       96  MISSED',
      '  full   SEO = 100                  92  MISSED',
      '  embed  performance ≥ 99           99  met',
      '  embed  FCP ≤ 1.0 s           1812 ms  MISSED',
      '  embed  LCP ≤ 1.2 s           2350 ms  MISSED',
      '  embed  accessibility = 100       100  met',
      '  embed  best practices = 100       96  MISSED',
      '  embed  SEO = 100                  92  MISSED',
      '',
      'Failing audits in accessibility, best practices and SEO:',
      '  full   accessibility  label-content-name-mismatch: Title of label-content-name-mismatch (score 0, not weighted)',
      '  full   best-practices  errors-in-console: Title of errors-in-console (score 0)',
      '  full   best-practices  inspector-issues: Title of inspector-issues (error: Protocol error (Audits.enable))',
      '  embed  none',
      '',
      'Performance diagnostics Lighthouse could not run (the score does not use them):',
      '  full, embed: largest-contentful-paint-element, layout-shifts',
      '    TraceElements gatherer encountered an error',
      '  embed: render-blocking-resources',
      '    Cannot read frame_sequence',
    ]);
  });
});
