import type { RawClaim, RawDataset2, RawEvent2 } from '../format2-schema';
import { writeCsv } from './sheet';
import {
  ATTRIBUTION_COLUMNS,
  CLAIM_COLUMNS,
  COHORT_COLUMNS,
  DATASET_COLUMNS,
  SOURCE_COLUMNS,
} from './sheets-to-dataset';

/**
 * A format 2 dataset → the spreadsheet layout (sheetsToDataset's inverse): one file per sheet.
 * The event's reading goes on its first claim row; a later row carries only what its claim says
 * differently. Offsets are not written: the importer finds them again in the stored text.
 */
export type SheetFiles = Record<
  'dataset.csv' | 'sources.csv' | 'attributions.csv' | 'claims.csv' | 'cohorts.csv',
  string
>;

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

function eventCells(event: RawEvent2, cohorts: string): Record<string, string> {
  const people = event.people;
  return {
    event: event.id,
    kind: event.kind,
    date: event.date,
    title: event.title,
    summary: event.summary,
    place: text(event.place),
    count: text(people?.count),
    qualifier: text(people?.qualifier),
    min: text(people?.min),
    max: text(people?.max),
    held_by: text(people?.held_by),
    nationality: text(people?.nationality),
    sentence_years: text(event.sentence_length?.years),
    sentence_qualifier: text(event.sentence_length?.qualifier),
    sentence_min: text(event.sentence_length?.min),
    sentence_max: text(event.sentence_length?.max),
    cohort: cohorts,
    notes: (event.notes ?? []).join('\n'),
    key: event.key === true ? 'yes' : '',
  };
}

function claimCells(claim: RawClaim): Record<string, string> {
  const people = claim.people;
  return {
    source: claim.source,
    attribution: claim.attribution,
    claim: text(claim.id),
    quote: claim.quote.exact,
    quote_before: text(claim.quote.prefix),
    quote_after: text(claim.quote.suffix),
    ...(people
      ? {
          count: text(people.count),
          qualifier: people.qualifier,
          min: text(people.min),
          max: text(people.max),
          held_by: text(people.held_by),
          nationality: text(people.nationality),
        }
      : {}),
    ...(claim.date !== undefined ? { date: claim.date } : {}),
  };
}

/**
 * Events the layout cannot hold as they are: the first row of an event gives the event's
 * reading, so a first claim with a reading of its own would be read back as the event's.
 */
export function unsheetable(dataset: RawDataset2): string[] {
  return dataset.events.flatMap((event) => {
    const first = event.claims[0];
    if (!first || (first.people === undefined && first.date === undefined)) return [];
    return [
      `event "${event.id}": its first claim gives its own count or date; put a claim that says what the event says first`,
    ];
  });
}

/** The sheets, or why the dataset cannot be written as sheets without changing it. */
export function datasetToSheets(
  dataset: RawDataset2,
): { ok: true; files: SheetFiles } | { ok: false; problems: string[] } {
  const problems = unsheetable(dataset);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: sheetsOf(dataset) };
}

function sheetsOf(dataset: RawDataset2): SheetFiles {
  const cohorts = dataset.cohorts ?? [];
  const memberOf = (id: string) =>
    cohorts
      .filter((c) => c.events.includes(id))
      .map((c) => c.id)
      .join(', ');
  const order = new Map(dataset.events.map((e, i) => [e.id, i]));
  const claims = dataset.events.flatMap((event) =>
    event.claims.map((claim, i) => ({
      ...(i === 0 ? eventCells(event, memberOf(event.id)) : { event: event.id }),
      ...claimCells(claim),
    })),
  );
  const cohortRows = cohorts.flatMap((cohort): Record<string, string>[] => {
    // The events column is written only when the cohort's order is not the sheet's order.
    const inFileOrder = [...cohort.events].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    const head: Record<string, string> = {
      cohort: cohort.id,
      label: cohort.label,
      count: text(cohort.people?.count),
      qualifier: text(cohort.people?.qualifier),
      min: text(cohort.people?.min),
      max: text(cohort.people?.max),
      events: inFileOrder.join() === cohort.events.join() ? '' : cohort.events.join(', '),
      notes: (cohort.notes ?? []).join('\n'),
      key: cohort.key === true ? 'yes' : '',
    };
    const links = cohort.links ?? [];
    if (links.length === 0) return [head];
    return links.map((link, i) => ({
      ...(i === 0 ? head : { cohort: cohort.id }),
      from: link.from,
      to: link.to,
      basis: link.basis,
      claim: text(link.claim),
      note: link.note,
    }));
  });
  return {
    'dataset.csv': writeCsv(DATASET_COLUMNS, [
      { title: dataset.title, derived: dataset.derived, headline: text(dataset.headline) },
    ]),
    'sources.csv': writeCsv(
      SOURCE_COLUMNS,
      dataset.sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        section: text(s.section),
        published: s.published,
        url: text(s.url),
        language: text(s.language),
        type: s.type,
        text: text(s.text),
      })),
    ),
    'attributions.csv': writeCsv(
      ATTRIBUTION_COLUMNS,
      dataset.attributions.map((a) => ({
        id: a.id,
        label: a.label,
        description: text(a.description),
      })),
    ),
    'claims.csv': writeCsv(CLAIM_COLUMNS, claims),
    'cohorts.csv': writeCsv(COHORT_COLUMNS, cohortRows),
  };
}
