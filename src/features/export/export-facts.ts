import { utcFormat } from '../../lib/utc-format';
import { describeChart } from '../../domain/summarize';
import { EVENT_KINDS, KIND_LABELS } from '../../domain/kinds';
import type { Facets, FilterValues } from '../../domain/filters/registry';
import type { SourceInfo, TimelineEvent } from '../../domain/types';

const day = utcFormat('%-d %b %Y');
/** A range ends at an instant it excludes: name the minute before it. */
const MINUTE = 60_000;

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

function kindName(option: { readonly value: string }): string {
  const kind = EVENT_KINDS.find((k) => k === option.value);
  return kind ? KIND_LABELS[kind] : option.value;
}

/** The labels of the ticked options, in panel order; "none" when nothing is ticked. */
function ticked(
  options: readonly { readonly value: string; readonly label: string }[],
  values: readonly string[],
  label: (option: { readonly value: string; readonly label: string }) => string = (o) => o.label,
): string {
  if (values.length === 0) return 'none';
  const named = options.filter((o) => values.includes(o.value)).map(label);
  const unknown = values.filter((v) => !options.some((o) => o.value === v));
  return [...named, ...unknown].join(', ');
}

/**
 * The filters in force, in words, for a line on an exported image (which has no filter panel
 * beside it): "Filtered: kinds Releases; held by Azerbaijan", or "No filters".
 */
export function filterWords(values: FilterValues, facets: Facets): string {
  const parts: string[] = [];
  if (values.kinds !== null) {
    parts.push(`kinds ${ticked(facets.kinds, values.kinds, kindName)}`);
  }
  if (values.sides !== null) {
    parts.push(
      values.sides.length === 0
        ? 'custody: none'
        : ticked(facets.sides, values.sides, (o) => lowerFirst(o.label)),
    );
  }
  if (values.sources !== null) {
    parts.push(`who says so: ${ticked(facets.sources, values.sources)}`);
  }
  if (values.citedSources !== null) {
    parts.push(`sources: ${ticked(facets.citedSources, values.citedSources)}`);
  }
  if (values.cohorts !== null) {
    parts.push(`cohorts: ${ticked(facets.cohorts, values.cohorts)}`);
  }
  if (values.q.trim() !== '') parts.push(`search “${values.q.trim()}”`);
  if (values.range !== null) {
    const [from, to] = values.range;
    parts.push(`dates ${day(new Date(from))} – ${day(new Date(to - MINUTE))}`);
  }
  if (!values.uncertain) parts.push('uncertain dates hidden');
  if (values.disputedOnly) parts.push('only events whose sources disagree');
  return parts.length === 0 ? 'No filters' : `Filtered: ${parts.join('; ')}`;
}

/** Does any event shown lack a start or an end to its window? */
export function hasOpenWindow(events: readonly TimelineEvent[]): boolean {
  return events.some((event) => event.window.start === null || event.window.end === null);
}

/** The export's <desc>: what the chart shows (counts, kinds, dates) and whose accounts. */
export function exportDescription(
  events: readonly TimelineEvent[],
  total: number,
  sources: readonly Pick<SourceInfo, 'publisher'>[],
): string {
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const shown = events.length === total ? '' : ` (of ${total} in the dataset)`;
  const from = publishers.length === 1 ? 'Source' : 'Sources';
  return `Timeline chart of ${describeChart(events).replace(/\.$/, '')}${shown}. ${from}: ${publishers.join('; ')}.`;
}
