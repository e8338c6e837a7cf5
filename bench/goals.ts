/**
 * The targets, checked on one run's medians as ratios between targets measured side by
 * side. A figure is exact, or only a lower bound (a load or step that timed out after N ms is
 * "≥ N"); a check is `met` or `MISSED` only when the bounds decide it, else `undecided`.
 */

/** A measured figure: exact, or at least `value` (it timed out). null: not measured or failed. */
export type Figure = { readonly value: number; readonly atLeast: boolean } | null;

export type Target = 'floor' | 'app' | 'timelinejs' | 'vis';

/** What the checks read of one size. */
export interface GoalSize {
  readonly label: string;
  readonly events: number;
  /** The real dataset: the article's default page. */
  readonly real: boolean;
  readonly settled: Readonly<Partial<Record<Target, Figure>>>;
  readonly ready: Readonly<Partial<Record<Target, Figure>>>;
  /** The app's median frame interval during the zoom gesture. */
  readonly zoomP50: Figure;
  readonly heapMB: Figure;
  /** Gzip bytes of every JS file the app's page fetched (the worker included). */
  readonly jsGzip: number | null;
}

export type Verdict = 'met' | 'MISSED' | 'undecided' | 'not measured';

export interface GoalRow {
  readonly size: string;
  readonly goal: string;
  readonly figure: string;
  readonly verdict: Verdict;
}

interface Range {
  readonly lo: number;
  readonly hi: number;
}

const rangeOf = (f: NonNullable<Figure>): Range => ({
  lo: f.value,
  hi: f.atLeast ? Number.POSITIVE_INFINITY : f.value,
});

/** `value` ≤ `limit`, decided on their bounds. */
function verdict(value: Range, limit: Range): Verdict {
  if (value.hi <= limit.lo) return 'met';
  if (value.lo > limit.hi) return 'MISSED';
  return 'undecided';
}

const num = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function figureText(f: Figure, unit = ' ms', digits = 0): string {
  if (f === null) return '–';
  return `${f.atLeast ? '≥' : ''}${num(f.value, digits)}${unit}`;
}

/** ours ÷ reference, with ≥ or ≤ when a bound makes it one; '?' when both are bounds. */
export function ratioText(ours: Figure, reference: Figure): string {
  if (ours === null || reference === null || reference.value <= 0) return '–';
  if (ours.atLeast && reference.atLeast) return '?';
  const prefix = ours.atLeast ? '≥' : reference.atLeast ? '≤' : '';
  return `${prefix}${num(ours.value / reference.value, 2)}×`;
}

/** The faster of several figures: its lower bound is the least lower bound, likewise its upper. */
export function fastest(figures: readonly Figure[]): Figure {
  const known = figures.filter((f): f is NonNullable<Figure> => f !== null);
  if (known.length === 0) return null;
  const lo = Math.min(...known.map((f) => f.value));
  const hi = Math.min(...known.map((f) => rangeOf(f).hi));
  return { value: lo, atLeast: hi !== lo };
}

function relative(
  size: GoalSize,
  goal: string,
  ours: Figure,
  reference: Figure,
  factor: number,
  name: string,
): GoalRow {
  if (ours === null || reference === null) {
    return { size: size.label, goal, figure: '–', verdict: 'not measured' };
  }
  const ref = rangeOf(reference);
  return {
    size: size.label,
    goal,
    figure: `${figureText(ours)} vs ${name} ${figureText(reference)} (${ratioText(ours, reference)})`,
    verdict: verdict(rangeOf(ours), { lo: ref.lo * factor, hi: ref.hi * factor }),
  };
}

function absolute(size: GoalSize, goal: string, f: Figure, limit: number, unit: string): GoalRow {
  if (f === null) return { size: size.label, goal, figure: '–', verdict: 'not measured' };
  return {
    size: size.label,
    goal,
    figure: figureText(f, unit, 1),
    verdict: verdict(rangeOf(f), { lo: limit, hi: limit }),
  };
}

function jsRow(size: GoalSize, limitKB: number): GoalRow {
  const goal = `JS loaded ≤ ${limitKB} KB gzip`;
  if (size.jsGzip === null) return { size: size.label, goal, figure: '–', verdict: 'not measured' };
  const kb = size.jsGzip / 1024;
  return {
    size: size.label,
    goal,
    figure: `${num(kb, 1)} KB`,
    verdict: kb <= limitKB ? 'met' : 'MISSED',
  };
}

const missing = (label: string, goals: readonly string[]): GoalRow[] =>
  goals.map((goal) => ({ size: label, goal, figure: '–', verdict: 'not measured' as const }));

/** Every target of the issue, in its order; a size this run did not measure says so. */
export function checkGoals(sizes: readonly GoalSize[]): GoalRow[] {
  const real = sizes.find((s) => s.real);
  const at = (n: number) => sizes.find((s) => !s.real && s.events === n);
  const rows: GoalRow[] = [];
  const smallGoal = 'settled ≤ 1.5× floor';
  for (const [label, s] of [
    ['15', at(15)],
    ['real (default page)', real],
  ] as const) {
    if (s) {
      rows.push(
        relative(s, smallGoal, s.settled.app ?? null, s.settled.floor ?? null, 1.5, 'floor'),
      );
    } else rows.push(...missing(label, [smallGoal]));
  }

  const k1 = at(1000);
  const k1Goals = ['settled ≤ 2× floor', 'settled ≤ 0.5× faster peer'];
  if (k1) {
    const ours = k1.settled.app ?? null;
    rows.push(relative(k1, k1Goals[0] ?? '', ours, k1.settled.floor ?? null, 2, 'floor'));
    const peer = fastest([k1.settled.timelinejs ?? null, k1.settled.vis ?? null]);
    rows.push(relative(k1, k1Goals[1] ?? '', ours, peer, 0.5, 'faster peer'));
  } else rows.push(...missing('1,000', k1Goals));

  const k10 = at(10_000);
  const k10Goals = ['settled ≤ 0.25× vis-timeline', 'zoom step (p50) ≤ 33 ms'];
  if (k10) {
    const ours = k10.settled.app ?? null;
    rows.push(relative(k10, k10Goals[0] ?? '', ours, k10.settled.vis ?? null, 0.25, 'vis'));
    rows.push(absolute(k10, k10Goals[1] ?? '', k10.zoomP50, 33, ' ms'));
  } else rows.push(...missing('10,000', k10Goals));

  const k100 = at(100_000);
  const k100Goals = ['data-ready ≤ 1.5× floor', 'heap ≤ 300 MB'];
  if (k100) {
    const ours = k100.ready.app ?? null;
    rows.push(relative(k100, k100Goals[0] ?? '', ours, k100.ready.floor ?? null, 1.5, 'floor'));
    rows.push(absolute(k100, k100Goals[1] ?? '', k100.heapMB, 300, ' MB'));
  } else rows.push(...missing('100,000', k100Goals));

  if (real) rows.push(jsRow(real, 100));
  else rows.push(...missing('real (default page)', ['JS loaded ≤ 100 KB gzip']));
  if (k10) rows.push(jsRow(k10, 130));
  else rows.push(...missing('10,000', ['JS loaded ≤ 130 KB gzip']));
  return rows;
}
