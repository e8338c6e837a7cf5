import { useState, useSyncExternalStore } from 'react';
import { COHORT_KEY, DISPUTE_KEY } from '../../domain/describe-event';
import { EVENT_KINDS, KIND_LABELS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import { FIXED_MARK_AREA } from '../../lib/scales';
import { symbolCircle } from '../../lib/symbols';
import { KindSwatch } from '../../ui/kind-swatch';

const SWATCH = 22;

function KeySwatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width={34} height={SWATCH} viewBox={`-17 ${-SWATCH / 2} 34 ${SWATCH}`} aria-hidden="true">
      {children}
    </svg>
  );
}

export interface LegendProps {
  readonly kinds: readonly EventKind[];
  /** Some event drawn has sources that disagree: explain the "≠" badge. */
  readonly disputed?: boolean;
  /** Some mark drawn is ringed as the selected event's cohort: explain the dashed ring. */
  readonly cohort?: boolean;
  /** Some event has no date of its own: explain the "Date not given" column. */
  readonly undated?: boolean;
  /**
   * Whether to draw the key as on a wide screen before the screen is known (a prerendered page and
   * its hydration): where the chart is most likely narrow (an embed), the key starts closed, so
   * closing it on a phone moves nothing. Default true.
   */
  readonly assumeWide?: boolean;
}

/** The key's line for the undated column, the same on screen and in exports. */
export const UNDATED_KEY =
  '“Date not given”: the sources give only a limit, on or before (or after) the day named';

/** Below this width (Tailwind's `sm`) the key starts closed, so the chart comes first. */
export const WIDE_MIN_WIDTH = 640;
export const WIDE_QUERY = `(min-width: ${WIDE_MIN_WIDTH}px)`;

/** Without media queries (a test DOM, an old embedder) the key is treated as on a wide screen. */
const media = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_QUERY) : null;

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => {
    list?.removeEventListener('change', onChange);
  };
}

const isWide = () => media()?.matches ?? true;

/**
 * The chart's key under "How to read this": open on wide screens, where it takes two compact
 * lines; closed by default on phones, where it would push the chart below the first screen.
 */
export function Legend(props: LegendProps) {
  const assumeWide = props.assumeWide ?? true;
  const wide = useSyncExternalStore(subscribe, isWide, () => assumeWide);
  const [open, setOpen] = useState<boolean | null>(null);
  return (
    <details
      className="text-sm print:text-[7.5pt]"
      open={open ?? wide}
      data-testid="legend"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className="cursor-pointer font-semibold text-muted print:hidden">
        How to read this
      </summary>
      <LegendKeys {...props} />
    </details>
  );
}

/**
 * What each shape, colour, size, outline and band means; the undated column, the dispute badge
 * and the cohort ring are explained while the chart shows them.
 */
function LegendKeys({ kinds, disputed = false, cohort = false, undated = false }: LegendProps) {
  const grey = 'var(--ct-muted)';
  return (
    <div className="mt-1 flex flex-wrap gap-x-5 gap-y-0.5" aria-label="Legend">
      <ul className="flex flex-wrap gap-x-4 gap-y-0.5">
        {EVENT_KINDS.filter((k) => kinds.includes(k)).map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <KindSwatch kind={kind} size={SWATCH} />
            {KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-4 gap-y-0.5 text-muted">
        <li className="flex items-center gap-1">
          <KeySwatch>
            <path d={symbolCircle(60)} transform="translate(-9,0)" fill={grey} />
            <path d={symbolCircle(240)} transform="translate(7,0)" fill={grey} />
          </KeySwatch>
          area = number of people
        </li>
        <li className="flex items-center gap-1">
          <KeySwatch>
            <path
              d={symbolCircle(FIXED_MARK_AREA)}
              fill="none"
              stroke={grey}
              strokeWidth={2}
              strokeDasharray="3 2"
            />
            <text textAnchor="middle" dy="0.35em" fontSize={11} fontWeight={700} fill={grey}>
              ?
            </text>
          </KeySwatch>
          number not given
        </li>
        <li className="flex items-center gap-1">
          <KeySwatch>
            <rect x={-16} y={-6} width={32} height={12} rx={3} fill={grey} fillOpacity={0.3} />
          </KeySwatch>
          band = window the date allows
        </li>
        {undated && (
          <li className="flex items-center gap-1" data-testid="legend-undated">
            <KeySwatch>
              <path
                d={symbolCircle(120)}
                transform="translate(-3,0)"
                fill={grey}
                fillOpacity={0.22}
                stroke={grey}
                strokeWidth={2}
              />
              <path d="M6,-7H9V7H6" fill="none" stroke={grey} strokeWidth={2} />
            </KeySwatch>
            {UNDATED_KEY}
          </li>
        )}
        {disputed && (
          <li className="flex items-center gap-1" data-testid="legend-dispute">
            <KeySwatch>
              <circle r={7.5} fill="var(--ct-surface)" stroke="var(--ct-text)" strokeWidth={1.5} />
              <text
                textAnchor="middle"
                dy="0.35em"
                fontSize={12}
                fontWeight={700}
                fill="var(--ct-text)"
              >
                ≠
              </text>
            </KeySwatch>
            {DISPUTE_KEY}
          </li>
        )}
        {cohort && (
          <li className="flex items-center gap-1" data-testid="legend-cohort">
            <KeySwatch>
              <circle
                r={8}
                fill="none"
                stroke="var(--ct-accent)"
                strokeWidth={2}
                strokeDasharray="4 3"
              />
            </KeySwatch>
            {COHORT_KEY}
          </li>
        )}
      </ul>
    </div>
  );
}
