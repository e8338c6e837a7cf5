import { z } from 'zod';
import { EVENT_KINDS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import { describeEdtfProblem } from '../../domain/edtf-window';
import { SLUG } from '../../lib/slug';
import type { RawDataset2, RawEvent2, RawSource2 } from '../format2-schema';
import { htmlToPlainText } from './plain-text';
import type { Sheet, SheetProblem } from './sheet';

/**
 * TimelineJS (JSON, or its spreadsheet as CSV) → format 2. Each slide becomes an event with one
 * claim: the slide's own words, cited to its Media / Media Credit (the source a TimelineJS author
 * usually links), or to the timeline file itself. Nothing is invented: a source's publication
 * date is "on or before today" (the file citing it exists), a group that names no kind makes the
 * slide a statement, and the import says, slide by slide, what it could not map.
 */

const Part = z.union([z.number(), z.string()]);
const TjsDate = z.looseObject({
  year: Part,
  month: Part.optional(),
  day: Part.optional(),
  hour: Part.optional(),
  minute: Part.optional(),
  display_date: z.string().optional(),
});
const TjsSlide = z.looseObject({
  start_date: TjsDate,
  end_date: TjsDate.optional(),
  text: z.looseObject({ headline: z.string().optional(), text: z.string().optional() }).optional(),
  media: z
    .looseObject({
      url: z.string().optional(),
      caption: z.string().optional(),
      credit: z.string().optional(),
    })
    .optional(),
  group: z.string().optional(),
  unique_id: z.string().optional(),
  display_date: z.string().optional(),
});
const TjsFile = z.looseObject({
  title: z
    .looseObject({ text: z.looseObject({ headline: z.string().optional() }).optional() })
    .optional(),
  events: z.array(z.unknown()),
});

export type TjsSlideInput = z.infer<typeof TjsSlide>;

export interface TimelineImport {
  readonly dataset: RawDataset2 | null;
  readonly problems: readonly SheetProblem[];
  /** What could not be carried over as it was, slide by slide. */
  readonly notes: readonly string[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ASCII id from any text; `fallback` when nothing usable is left. */
export function idFrom(text: string, fallback: string): string {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return SLUG.test(id) ? id : fallback;
}

function number(part: string | number | undefined): number | undefined {
  if (part === undefined || part === '') return undefined;
  const n = Number(part);
  return Number.isInteger(n) ? n : Number.NaN;
}

/** A TimelineJS date at the precision it gives: a year, a month, a day, or a day and time. */
export function edtfOfTjsDate(date: z.infer<typeof TjsDate>): string | null {
  const year = number(date.year);
  const month = number(date.month);
  const day = number(date.day);
  const hour = number(date.hour);
  const minute = number(date.minute);
  if (year === undefined || Number.isNaN(year) || year < 0 || year > 9999) return null;
  let edtf = pad(year, 4);
  if (month !== undefined) edtf += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) edtf += `-${pad(day)}`;
  if (month !== undefined && day !== undefined && hour !== undefined)
    edtf += `T${pad(hour)}:${pad(minute ?? 0)}:00Z`;
  return describeEdtfProblem(edtf) === null ? edtf : null;
}

const KIND_WORDS: Record<string, EventKind> = {
  capture: 'capture',
  captures: 'capture',
  arrest: 'capture',
  arrests: 'capture',
  detention: 'capture',
  sentence: 'sentence',
  sentences: 'sentence',
  trial: 'sentence',
  release: 'release',
  releases: 'release',
  held: 'status',
  status: 'status',
  statement: 'statement',
  statements: 'statement',
};

export function kindOfGroup(group: string | undefined): EventKind | null {
  if (group === undefined) return null;
  const word = group.trim().toLowerCase().replace(/&.*$/, '').trim();
  return (
    KIND_WORDS[word] ??
    ((EVENT_KINDS as readonly string[]).find((k) => k === word) as EventKind | undefined) ??
    null
  );
}

interface SlideContext {
  readonly fileName: string;
  readonly today: string;
  readonly sources: Map<string, RawSource2>;
  readonly ids: Set<string>;
  readonly notes: string[];
  readonly problems: SheetProblem[];
}

/** One slide → one event, or a problem; `where` names it as the file does (slide or row). */
function slideToEvent(
  slide: TjsSlideInput,
  index: number,
  where: { sheet: string; row: number | null; label: string },
  context: SlideContext,
): RawEvent2 | null {
  const problem = (column: string | null, message: string) => {
    context.problems.push({ sheet: where.sheet, row: where.row, column, message });
  };
  const start = edtfOfTjsDate(slide.start_date);
  if (start === null) {
    problem('start_date', 'is not a date: give at least a year (0–9999), and a real month and day');
    return null;
  }
  const end = slide.end_date ? edtfOfTjsDate(slide.end_date) : null;
  if (slide.end_date && end === null)
    problem('end_date', 'is not a date: give at least a year, and a real month and day');
  const date = end ? `${start}/${end}` : start;
  if (describeEdtfProblem(date) !== null) {
    problem('end_date', `ends before it starts (${date})`);
    return null;
  }
  if (end)
    context.notes.push(
      `${where.label}: its end date is read as the end of the window in which the event happened, not as a duration.`,
    );
  const headline = htmlToPlainText(slide.text?.headline ?? '');
  const body = htmlToPlainText(slide.text?.text ?? '');
  const words = body || headline;
  if (!words) {
    problem('text', 'has neither a headline nor text: there are no words to quote');
    return null;
  }
  const group = slide.group?.trim() || undefined;
  const kind = kindOfGroup(group) ?? 'statement';
  if (!kindOfGroup(group)) {
    context.notes.push(
      `${where.label}: ${group ? `group "${group}" names no kind` : 'no group'}; imported as a statement — set its kind.`,
    );
  }
  const source = sourceOf(slide, context);
  let id = idFrom(slide.unique_id ?? headline, `slide-${index + 1}`);
  while (context.ids.has(id)) id = `${id}-${index + 1}`;
  context.ids.add(id);
  return {
    id,
    kind,
    date,
    title: headline || words.slice(0, 120),
    summary: words,
    ...(kind === 'statement'
      ? {}
      : {
          people: {
            count: null,
            qualifier: 'unknown' as const,
            held_by: 'unknown',
            nationality: 'unknown',
          },
        }),
    claims: [{ source, attribution: 'timeline-author', quote: { exact: words } }],
    notes: [
      'Imported from TimelineJS: the quote is the timeline’s own text, not checked against a stored source.',
      ...(group && !kindOfGroup(group) ? [`TimelineJS group: ${group}`] : []),
      ...(slide.display_date || slide.start_date.display_date
        ? [`TimelineJS display date: ${slide.display_date ?? slide.start_date.display_date ?? ''}`]
        : []),
    ],
  };
}

/** The slide's Media / Media Credit as a source, one per distinct credit or address. */
function sourceOf(slide: TjsSlideInput, context: SlideContext): string {
  const url = slide.media?.url?.trim();
  const credit = slide.media?.credit ? htmlToPlainText(slide.media.credit) : '';
  // Only an address a reader can follow; a malformed one ("http://") is no source.
  const web = url && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
  if (!web && !credit) return fileSource(context);
  const publisher = credit || (web ? new URL(web).hostname : '');
  const key = web ?? credit;
  const known = [...context.sources.values()].find((s) => (s.url ?? s.publisher) === key);
  if (known) return known.id;
  let id = idFrom(publisher, 'source');
  while (context.sources.has(id)) id = `${id}-${context.sources.size + 1}`;
  const caption = slide.media?.caption ? htmlToPlainText(slide.media.caption) : '';
  context.sources.set(id, {
    id,
    title: caption || publisher,
    publisher,
    published: `../${context.today}`,
    ...(web ? { url: web } : {}),
    type: 'other',
  });
  return id;
}

function fileSource(context: SlideContext): string {
  const id = idFrom(context.fileName, 'timeline-file');
  if (!context.sources.has(id)) {
    context.sources.set(id, {
      id,
      title: context.fileName,
      publisher: context.fileName,
      published: `../${context.today}`,
      type: 'other',
    });
  }
  return id;
}

function finish(context: SlideContext, events: RawEvent2[], title: string): TimelineImport {
  if (events.length === 0 && context.problems.length === 0) {
    context.problems.push({
      sheet: context.fileName,
      row: null,
      column: null,
      message: 'has no slides to import',
    });
  }
  return {
    dataset: {
      $schema: './timeline.schema.json',
      format: 2,
      title,
      derived: context.today,
      sources: [...context.sources.values()],
      attributions: [{ id: 'timeline-author', label: 'The timeline’s author (TimelineJS text)' }],
      events,
    },
    problems: context.problems,
    notes: context.notes,
  };
}

function newContext(fileName: string, today: string): SlideContext {
  return { fileName, today, sources: new Map(), ids: new Set(), notes: [], problems: [] };
}

/** A TimelineJS JSON file (`{ title?, events[] }`). */
export function fromTimelineJson(json: unknown, fileName: string, today: string): TimelineImport {
  const context = newContext(fileName, today);
  const file = TjsFile.safeParse(json);
  if (!file.success) {
    return {
      dataset: null,
      problems: [
        {
          sheet: fileName,
          row: null,
          column: null,
          message: 'is not a TimelineJS file: it needs an "events" array',
        },
      ],
      notes: [],
    };
  }
  const events: RawEvent2[] = [];
  file.data.events.forEach((raw, i) => {
    const slide = TjsSlide.safeParse(raw);
    const where = { sheet: fileName, row: null, label: `events[${i}]` };
    if (!slide.success) {
      for (const issue of slide.error.issues) {
        context.problems.push({
          sheet: fileName,
          row: null,
          column: null,
          message: `events[${i}].${issue.path.join('.')}: ${issue.message}`,
        });
      }
      return;
    }
    const event = slideToEvent(
      slide.data,
      i,
      { ...where, sheet: `${fileName} events[${i}]` },
      context,
    );
    if (event) events.push(event);
  });
  const title = htmlToPlainText(file.data.title?.text?.headline ?? '') || fileName;
  return finish(context, events, title);
}

/** A TimelineJS spreadsheet saved as CSV (its header names the columns). */
export function fromTimelineSheet(sheet: Sheet, today: string): TimelineImport {
  const context = newContext(sheet.name, today);
  const events: RawEvent2[] = [];
  let title = sheet.name;
  sheet.rows.forEach((row, i) => {
    const cell = (name: string) => row.cells.get(name);
    const type = cell('type')?.trim().toLowerCase();
    if (type === 'title') {
      title = htmlToPlainText(cell('headline') ?? '') || title;
      return;
    }
    if (type === 'era') {
      context.notes.push(`row ${row.row}: an era (a background span) is not an event; left out.`);
      return;
    }
    const date = (prefix: string) =>
      cell(`${prefix}year`) === undefined
        ? undefined
        : {
            year: cell(`${prefix}year`) ?? '',
            month: cell(`${prefix}month`),
            day: cell(`${prefix}day`),
            ...timeOf(cell(`${prefix}time`)),
          };
    const start = date('');
    if (!start) {
      context.problems.push({
        sheet: sheet.name,
        row: row.row,
        column: 'Year',
        message: 'is empty; every slide needs a year',
      });
      return;
    }
    const end = date('end_');
    const slide: TjsSlideInput = {
      start_date: start,
      ...(end ? { end_date: end } : {}),
      text: { headline: cell('headline'), text: cell('text') },
      media: { url: cell('media'), caption: cell('media_caption'), credit: cell('media_credit') },
      group: cell('group') ?? cell('tag'),
      display_date: cell('display_date'),
    };
    const event = slideToEvent(
      slide,
      i,
      { sheet: sheet.name, row: row.row, label: `row ${row.row}` },
      context,
    );
    if (event) events.push(event);
  });
  return finish(context, events, title);
}

function timeOf(time: string | undefined): { hour?: string; minute?: string } {
  const match = time ? /^(\d{1,2}):(\d{2})/.exec(time.trim()) : null;
  return match ? { hour: match[1] ?? '0', minute: match[2] ?? '0' } : {};
}
