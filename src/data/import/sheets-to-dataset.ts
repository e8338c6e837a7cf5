import { EVENT_KINDS, QUALIFIERS, SOURCE_TYPES } from '../../domain/kinds';
import type { Qualifier } from '../../domain/kinds';
import { anchorQuote, indexText } from '../anchor-quote';
import type { RawClaim, RawCohort, RawDataset2, RawEvent2, RawSource2 } from '../format2-schema';
import type { Attribution } from '../dataset-schema';
import { checkColumns, readRows } from './row-reader';
import type { RowReader } from './row-reader';
import type { Sheet, SheetProblem } from './sheet';

/**
 * The spreadsheet layout → a format 2 dataset. One row per claim in claims.csv; rows with the
 * same `event` are one event, whose first row gives the event's reading (kind, date, title,
 * people…); a later row's own count or date, where it differs, becomes that claim's. Quotes are
 * found in their source's stored text and given offsets here; nobody types one. Every problem
 * names its sheet, row and column, and one bad row never hides the others.
 */

export const DATASET_COLUMNS = ['title', 'derived', 'headline'] as const;
export const SOURCE_COLUMNS = [
  'id',
  'title',
  'publisher',
  'section',
  'published',
  'url',
  'language',
  'type',
  'text',
] as const;
export const ATTRIBUTION_COLUMNS = ['id', 'label', 'description'] as const;
export const CLAIM_COLUMNS = [
  'event',
  'kind',
  'date',
  'title',
  'summary',
  'place',
  'count',
  'qualifier',
  'min',
  'max',
  'held_by',
  'nationality',
  'sentence_years',
  'sentence_qualifier',
  'sentence_min',
  'sentence_max',
  'source',
  'attribution',
  'claim',
  'quote',
  'quote_before',
  'quote_after',
  'cohort',
  'notes',
  'key',
] as const;
export const COHORT_COLUMNS = [
  'cohort',
  'label',
  'count',
  'qualifier',
  'min',
  'max',
  'events',
  'from',
  'to',
  'basis',
  'claim',
  'note',
  'notes',
  'key',
] as const;

export interface SheetSet {
  readonly dataset?: Sheet | undefined;
  readonly sources: Sheet;
  readonly attributions?: Sheet | undefined;
  readonly claims: Sheet;
  readonly cohorts?: Sheet | undefined;
}

export interface Imported {
  readonly dataset: RawDataset2;
  readonly problems: readonly SheetProblem[];
  /** Where each event and cohort came from, to name the row of a later problem. */
  readonly rowOfEvent: ReadonlyMap<string, number>;
  readonly rowOfCohort: ReadonlyMap<string, number>;
}

interface Count {
  count: number | null;
  qualifier: Qualifier;
  min?: number;
  max?: number;
}

/** A count as typed; a blank qualifier is "exact" with a number and "unknown" without. */
function readCount(row: RowReader): Count | null {
  const given = ['count', 'qualifier', 'min', 'max'].some((c) => row.text(c) !== undefined);
  if (!given) return null;
  const count = row.count('count') ?? null;
  const qualifier = row.oneOf('qualifier', QUALIFIERS) ?? (count === null ? 'unknown' : 'exact');
  const min = row.count('min');
  const max = row.count('max');
  return {
    count,
    qualifier,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

function sameCount(a: Count, b: Count): boolean {
  return a.count === b.count && a.qualifier === b.qualifier && a.min === b.min && a.max === b.max;
}

/** Notes, one per line of the cell. */
function notesOf(row: RowReader): string[] {
  return (row.text('notes') ?? '').split(/\r?\n/).filter((n) => n.trim() !== '');
}

/** "yes" marks a key fact; empty or "no" does not. The file writes only `key: true`. */
function keyOf(row: RowReader): { key?: true } {
  return row.oneOf('key', ['yes', 'no'] as const) === 'yes' ? { key: true } : {};
}

/** A list of ids typed in one cell: commas, spaces, arrows or new lines between them. */
function idList(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,;→>]+/).filter((id) => id !== '');
}

interface TextOf {
  (path: string): string | null;
}

export function sheetsToDataset(set: SheetSet, textOf: TextOf, today: string): Imported {
  const problems: SheetProblem[] = [];
  checkColumns(set.sources, SOURCE_COLUMNS, problems);
  checkColumns(set.claims, CLAIM_COLUMNS, problems);
  if (set.attributions) checkColumns(set.attributions, ATTRIBUTION_COLUMNS, problems);
  if (set.cohorts) checkColumns(set.cohorts, COHORT_COLUMNS, problems);
  if (set.dataset) checkColumns(set.dataset, DATASET_COLUMNS, problems);

  const texts = new Map<string, ReturnType<typeof indexText>>();
  const sources = readRows(set.sources, problems, (row): RawSource2 | null => {
    const id = row.slug('id');
    const title = row.required('title');
    const publisher = row.required('publisher');
    const published = row.date('published');
    const type = row.oneOf('type', SOURCE_TYPES);
    if (row.text('type') === undefined)
      row.problem('type', `is empty; write one of ${SOURCE_TYPES.join(', ')}`);
    const text = row.text('text');
    if (text !== undefined && id !== undefined) {
      const content = textOf(text);
      if (content === null) row.problem('text', `"${text}" was not found next to the sheets`);
      else texts.set(id, indexText(content));
    }
    if (!id || !title || !publisher || !published || !type) return null;
    const optional = (key: 'section' | 'url' | 'language' | 'text') => {
      const value = row.text(key);
      return value === undefined ? {} : { [key]: value };
    };
    return {
      id,
      title,
      publisher,
      ...optional('section'),
      published,
      ...optional('url'),
      ...optional('language'),
      type,
      ...optional('text'),
    };
  }).filter((s) => s !== null);

  const attributions: Attribution[] = set.attributions
    ? readRows(set.attributions, problems, (row): Attribution | null => {
        const id = row.slug('id');
        const label = row.required('label');
        const description = row.text('description');
        return id && label
          ? { id, label, ...(description !== undefined ? { description } : {}) }
          : null;
      }).filter((a) => a !== null)
    : [];

  const { events, rowOfEvent, membership } = readClaims(set.claims, problems, texts);
  const { cohorts, rowOfCohort } = set.cohorts
    ? readCohorts(set.cohorts, problems, membership)
    : {
        cohorts: [...membership].map(([id, members]) => ({ id, label: id, events: members })),
        rowOfCohort: new Map<string, number>(),
      };

  const meta = set.dataset?.rows[0]?.cells;
  const headline = meta?.get('headline');
  const dataset: RawDataset2 = {
    $schema: './timeline.schema.json',
    format: 2,
    title: meta?.get('title') ?? sources[0]?.title ?? 'Untitled dataset',
    ...(headline !== undefined ? { headline } : {}),
    derived: meta?.get('derived') ?? today,
    sources,
    attributions,
    events,
    ...(cohorts.length > 0 ? { cohorts } : {}),
  };
  return { dataset, problems, rowOfEvent, rowOfCohort };
}

function readClaims(
  sheet: Sheet,
  problems: SheetProblem[],
  texts: ReadonlyMap<string, ReturnType<typeof indexText>>,
): { events: RawEvent2[]; rowOfEvent: Map<string, number>; membership: Map<string, string[]> } {
  const events: RawEvent2[] = [];
  const byId = new Map<
    string,
    { event: RawEvent2; reading: Count | null; date: string | undefined; row: number }
  >();
  const rowOfEvent = new Map<string, number>();
  const membership = new Map<string, string[]>();

  readRows(sheet, problems, (row) => {
    const id = row.slug('event');
    if (id === undefined) return;
    const claim = readClaim(row, texts);
    const known = byId.get(id);
    if (!known) {
      const read = readEvent(row, id);
      if (!read) return;
      const { event, reading } = read;
      const first: RawEvent2 = { ...event, claims: claim ? [claim] : [] };
      byId.set(id, { event: first, reading, date: event.date, row: row.at.row });
      rowOfEvent.set(id, row.at.row);
      events.push(first);
      for (const cohort of idList(row.text('cohort')))
        membership.set(cohort, [...(membership.get(cohort) ?? []), id]);
      return;
    }
    for (const column of [
      'kind',
      'title',
      'summary',
      'place',
      'sentence_years',
      'sentence_qualifier',
      'sentence_min',
      'sentence_max',
      'cohort',
      'key',
    ]) {
      if (
        row.text(column) !== undefined &&
        row.text(column) !== cellOfFirst(sheet, known.row, column)
      ) {
        row.problem(
          column,
          `differs from the event's first row (row ${known.row}); only the first row gives the event's ${column.replace('_', ' ')}`,
        );
      }
    }
    if (!claim) return;
    const own = readCount(row);
    const holder = row.text('held_by');
    const nationality = row.text('nationality');
    const people = known.event.people;
    const countDiffers = own !== null && (known.reading === null || !sameCount(own, known.reading));
    const holderDiffers = holder !== undefined && holder !== people?.held_by;
    const nationalityDiffers = nationality !== undefined && nationality !== people?.nationality;
    const date = row.date('date', false);
    const withReading: RawClaim = {
      ...claim,
      ...(countDiffers || holderDiffers || nationalityDiffers
        ? {
            people: {
              ...(own ?? known.reading ?? { count: null, qualifier: 'unknown' as const }),
              ...(holderDiffers ? { held_by: holder } : {}),
              ...(nationalityDiffers ? { nationality } : {}),
            },
          }
        : {}),
      ...(date !== undefined && date !== known.date ? { date } : {}),
    };
    known.event.claims.push(withReading);
    const notes = notesOf(row);
    if (notes.length > 0) known.event.notes = [...(known.event.notes ?? []), ...notes];
  });
  return { events, rowOfEvent, membership };
}

function cellOfFirst(sheet: Sheet, row: number, column: string): string | undefined {
  return sheet.rows.find((r) => r.row === row)?.cells.get(column);
}

function readEvent(
  row: RowReader,
  id: string,
): { event: Omit<RawEvent2, 'claims'>; reading: Count | null } | null {
  const kind = row.oneOf('kind', EVENT_KINDS);
  if (row.text('kind') === undefined)
    row.problem('kind', `is empty; write one of ${EVENT_KINDS.join(', ')}`);
  const date = row.date('date');
  const title = row.required('title');
  const summary = row.required('summary');
  const count = readCount(row);
  const holder = row.text('held_by');
  const nationality = row.text('nationality');
  const years = row.amount('sentence_years');
  const sentenceQualifier = row.oneOf('sentence_qualifier', QUALIFIERS);
  const sentenceMin = row.amount('sentence_min');
  const sentenceMax = row.amount('sentence_max');
  const place = row.text('place');
  const notes = notesOf(row);
  if (!kind || !date || !title || !summary) return null;
  const hasPeople = count !== null || holder !== undefined || nationality !== undefined;
  const event: Omit<RawEvent2, 'claims'> = {
    id,
    kind,
    date,
    title,
    summary,
    ...(hasPeople || kind !== 'statement'
      ? {
          people: {
            ...(count ?? { count: null, qualifier: 'unknown' as const }),
            held_by: holder ?? 'unknown',
            nationality: nationality ?? 'unknown',
          },
        }
      : {}),
    ...(years !== undefined || sentenceQualifier !== undefined
      ? {
          sentence_length: {
            years: years ?? null,
            qualifier: sentenceQualifier ?? (years === undefined ? 'unknown' : 'exact'),
            ...(sentenceMin !== undefined ? { min: sentenceMin } : {}),
            ...(sentenceMax !== undefined ? { max: sentenceMax } : {}),
          },
        }
      : {}),
    ...(place !== undefined ? { place } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...keyOf(row),
  };
  return { event, reading: count };
}

function readClaim(
  row: RowReader,
  texts: ReadonlyMap<string, ReturnType<typeof indexText>>,
): RawClaim | null {
  const source = row.slug('source');
  const attribution = row.slug('attribution');
  const claimId = row.slug('claim', false);
  const exact = row.required('quote');
  const prefix = row.text('quote_before');
  const suffix = row.text('quote_after');
  if (!source || !attribution || exact === undefined) return null;
  const text = texts.get(source);
  let quote: RawClaim['quote'] = {
    exact,
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
  };
  if (text) {
    const anchored = anchorQuote(text, { exact, prefix, suffix });
    if (!anchored.ok) {
      row.problem(
        anchored.field === 'prefix'
          ? 'quote_before'
          : anchored.field === 'suffix'
            ? 'quote_after'
            : 'quote',
        anchored.problem,
      );
      return null;
    }
    quote = {
      exact: anchored.exact,
      ...(anchored.prefix !== undefined ? { prefix: anchored.prefix } : {}),
      ...(anchored.suffix !== undefined ? { suffix: anchored.suffix } : {}),
      start: anchored.start,
      end: anchored.end,
    };
  }
  return { ...(claimId !== undefined ? { id: claimId } : {}), source, attribution, quote };
}

function readCohorts(
  sheet: Sheet,
  problems: SheetProblem[],
  membership: ReadonlyMap<string, readonly string[]>,
): { cohorts: RawCohort[]; rowOfCohort: Map<string, number> } {
  const cohorts: RawCohort[] = [];
  const rowOfCohort = new Map<string, number>();
  readRows(sheet, problems, (row) => {
    const id = row.slug('cohort');
    if (id === undefined) return;
    let cohort = cohorts.find((c) => c.id === id);
    if (!cohort) {
      const label = row.required('label');
      const count = readCount(row);
      const listed = idList(row.text('events'));
      const members = listed.length > 0 ? listed : [...(membership.get(id) ?? [])];
      if (members.length === 0)
        row.problem('events', 'is empty, and no claim row names this cohort in its cohort column');
      const notes = notesOf(row);
      cohort = {
        id,
        label: label ?? id,
        ...(count ? { people: count } : {}),
        events: members,
        ...(notes.length > 0 ? { notes } : {}),
        ...keyOf(row),
      };
      cohorts.push(cohort);
      rowOfCohort.set(id, row.at.row);
    }
    const from = row.slug('from', false);
    const to = row.slug('to', false);
    if (from === undefined && to === undefined) return;
    const basis = row.oneOf('basis', ['quote', 'inference'] as const);
    const note = row.required('note');
    const claim = row.slug('claim', false);
    if (!from || !to || !basis || !note) {
      if (!from || !to) row.problem(from ? 'to' : 'from', 'a link needs both from and to');
      if (row.text('basis') === undefined)
        row.problem('basis', 'is empty; write quote or inference');
      return;
    }
    cohort.links = [
      ...(cohort.links ?? []),
      { from, to, basis, note, ...(claim !== undefined ? { claim } : {}) },
    ];
  });
  // A cohort named only in claims.csv still exists, labelled by its id.
  for (const [id, members] of membership) {
    if (!cohorts.some((c) => c.id === id)) cohorts.push({ id, label: id, events: [...members] });
  }
  return { cohorts, rowOfCohort };
}
