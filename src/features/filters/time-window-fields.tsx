import { spanDays } from '../../domain/format';
import { makeBaseTimeScale } from '../../lib/scales';
import { OverviewStrip } from './overview-strip';
import type { OverviewStripProps } from './overview-strip';
import { DAY } from '../../lib/time';

function parseDay(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** The same inputs as the strip: the fields below it need nothing more. */
export type TimeWindowFieldsProps = OverviewStripProps;

/**
 * The span the chart shows: the URL's window, else the unzoomed view (the data's extent with the
 * chart's margin either side). The From/To fields show this, so they name the same days as the
 * chart's "Visible:" line, and typing them back changes nothing.
 */
export function shownSpan(
  range: readonly [number, number] | null,
  extent: readonly [number, number] | null,
  fallbackEnd: number,
): readonly [number, number] {
  if (range) return range;
  const [from, to] = makeBaseTimeScale(extent, 1, fallbackEnd).domain();
  return [from?.getTime() ?? fallbackEnd, to?.getTime() ?? fallbackEnd];
}

/**
 * The time window, two ways: a brush on the overview strip, and From/To day fields (inclusive
 * days; the window's end is the start of the day after "To"). Both write the same state, which
 * the main chart's zoom also writes.
 */
export function TimeWindowFields(props: TimeWindowFieldsProps) {
  const { extent, range, onCommit } = props;
  const [fromDay, toDay] = spanDays(...shownSpan(range, extent, props.fallbackEnd));

  const commitDays = (nextFrom: string, nextTo: string) => {
    const a = parseDay(nextFrom);
    const b = parseDay(nextTo);
    if (a === null || b === null || b + DAY <= a) return;
    onCommit([a, b + DAY]);
  };

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">Time window</legend>
      <OverviewStrip {...props} />
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          From
          <input
            type="date"
            value={fromDay}
            className="rounded-md border border-edge bg-surface px-1 py-1"
            onChange={(e) => {
              commitDays(e.target.value, toDay);
            }}
          />
        </label>
        <label className="flex flex-col">
          To
          <input
            type="date"
            value={toDay}
            className="rounded-md border border-edge bg-surface px-1 py-1"
            onChange={(e) => {
              commitDays(fromDay, e.target.value);
            }}
          />
        </label>
        <button
          type="button"
          disabled={range === null}
          className="rounded-md border border-edge px-2 py-1 hover:bg-hover disabled:opacity-40"
          onClick={() => {
            onCommit(null);
          }}
        >
          Whole period
        </button>
      </div>
    </fieldset>
  );
}
