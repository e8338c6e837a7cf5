import { formatPublished, formatWindowLong } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import type { WindowEdge } from '../../domain/time-window';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { escapeHtml } from './plain-text';
import { writeCsv } from './sheet';

/**
 * A dataset → TimelineJS (JSON, and its spreadsheet as CSV), to reuse it where TimelineJS is.
 * TimelineJS needs one start date: it gets the earliest the window allows (its latest, for a
 * window open into the past), and Display Date says the window in words, so no reader takes the
 * date shown as more precise than the sources. Quotes and sources go in Text, escaped; the
 * cohort in Group; our id in unique_id.
 */

interface TjsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

function partsOf(edge: WindowEdge, last: boolean): TjsDate {
  // An end edge is the first instant after the window: its last instant is one before.
  const date = new Date(last ? edge.at - 1 : edge.at);
  const parts: TjsDate = { year: date.getUTCFullYear() };
  if (edge.precision === 'year') return parts;
  parts.month = date.getUTCMonth() + 1;
  if (edge.precision === 'month' || edge.precision === 'season') return parts;
  parts.day = date.getUTCDate();
  if (edge.precision === 'day') return parts;
  return { ...parts, hour: date.getUTCHours(), minute: date.getUTCMinutes() };
}

function sourceLine(event: TimelineEvent, dataset: Dataset, i: number): string {
  const claim = event.claims[i];
  const source = claim && dataset.sources.find((s) => s.id === claim.sourceId);
  if (!claim || !source) return '';
  return `<blockquote>“${escapeHtml(claim.quote.exact)}”</blockquote><p>— ${escapeHtml(claim.attributionLabel)}; ${escapeHtml(source.publisher)}, “${escapeHtml(source.title)}”, ${escapeHtml(formatPublished(source))}</p>`;
}

export interface TjsSlide {
  start_date: TjsDate;
  end_date?: TjsDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
  media?: { url: string; credit: string };
}

export function toTimelineSlides(dataset: Dataset): TjsSlide[] {
  return dataset.events.flatMap((event): TjsSlide[] => {
    const { start, end } = event.window;
    const first = start ? partsOf(start, false) : end ? partsOf(end, true) : null;
    if (!first) return [];
    const cohort = dataset.cohorts.find((c) => event.cohortIds.includes(c.id));
    const media = event.claims
      .map((c) => dataset.sources.find((s) => s.id === c.sourceId))
      .find((s) => s?.url);
    return [
      {
        start_date: first,
        ...(start && end && event.window.isInterval ? { end_date: partsOf(end, true) } : {}),
        display_date: formatWindowLong(event.window),
        text: {
          headline: escapeHtml(event.title),
          text: `<p>${escapeHtml(event.summary)}</p>${event.claims.map((_, i) => sourceLine(event, dataset, i)).join('')}`,
        },
        group: cohort?.label ?? KIND_LABELS[event.kind],
        unique_id: event.id,
        ...(media?.url ? { media: { url: media.url, credit: media.publisher } } : {}),
      },
    ];
  });
}

export function toTimelineJson(dataset: Dataset): string {
  const json = {
    title: { text: { headline: escapeHtml(dataset.title), text: '' } },
    events: toTimelineSlides(dataset),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

const TJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
] as const;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const time = (d: TjsDate | undefined) =>
  d?.hour === undefined
    ? ''
    : `${String(d.hour).padStart(2, '0')}:${String(d.minute ?? 0).padStart(2, '0')}`;

export function toTimelineCsv(dataset: Dataset): string {
  const rows = toTimelineSlides(dataset).map((slide) => ({
    Year: text(slide.start_date.year),
    Month: text(slide.start_date.month),
    Day: text(slide.start_date.day),
    Time: time(slide.start_date),
    'End Year': text(slide.end_date?.year),
    'End Month': text(slide.end_date?.month),
    'End Day': text(slide.end_date?.day),
    'End Time': time(slide.end_date),
    'Display Date': slide.display_date,
    Headline: slide.text.headline,
    Text: slide.text.text,
    Media: slide.media?.url ?? '',
    'Media Credit': slide.media?.credit ?? '',
    Group: slide.group,
  }));
  return writeCsv(TJS_COLUMNS, [{ Headline: escapeHtml(dataset.title), Type: 'title' }, ...rows]);
}
