import { textFileName } from './text-file-name';
import type {
  RawClaim,
  RawCohort,
  RawDataset2,
  RawEvent2,
  RawSource2,
} from '../../data/format2-schema';
import type {
  Cohort,
  Dataset,
  QualifiedCount,
  SourceInfo,
  TimelineEvent,
} from '../../domain/types';

/**
 * The dataset as shown → a format 2 file, to take away and reuse. What the app keeps is what is
 * written: events in time order, each quote with the offsets found at load, and each source
 * whose text was loaded naming it as `<source id>.txt` (offered beside the file); one whose text
 * could not be had keeps its file's name. Two things the
 * app does not keep are not written: an attribution's description, and the file order of events.
 */

/** A count's qualifier and bounds, as the file writes them beside its number. */
function bounds(q: QualifiedCount) {
  return {
    qualifier: q.qualifier,
    ...(q.min !== null ? { min: q.min } : {}),
    ...(q.max !== null ? { max: q.max } : {}),
  };
}

function source(s: SourceInfo): RawSource2 {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    ...(s.section !== null ? { section: s.section } : {}),
    published: s.published,
    ...(s.url !== null ? { url: s.url } : {}),
    ...(s.language !== null ? { language: s.language } : {}),
    type: s.type,
    ...(s.text.status === 'not-stored' ? {} : { text: textFileName(s) }),
  };
}

function claims(event: TimelineEvent): RawClaim[] {
  return event.claims.map((c) => {
    const { quote } = c;
    const people = c.people;
    return {
      ...(c.id !== null ? { id: c.id } : {}),
      source: c.sourceId,
      attribution: c.attributionId,
      quote: {
        exact: quote.exact,
        ...(quote.prefix !== null ? { prefix: quote.prefix } : {}),
        ...(quote.suffix !== null ? { suffix: quote.suffix } : {}),
        ...(quote.start !== null && quote.end !== null
          ? { start: quote.start, end: quote.end }
          : {}),
      },
      ...(people
        ? {
            people: {
              count: people.value,
              ...bounds(people),
              // Holder and nationality default to the event's: written only where they differ.
              ...(people.heldBy !== event.people?.heldBy ? { held_by: people.heldBy } : {}),
              ...(people.nationality !== event.people?.nationality
                ? { nationality: people.nationality }
                : {}),
            },
          }
        : {}),
      ...(c.window ? { date: c.window.edtf } : {}),
    };
  });
}

function event(e: TimelineEvent): RawEvent2 {
  return {
    id: e.id,
    kind: e.kind,
    date: e.window.edtf,
    title: e.title,
    summary: e.summary,
    ...(e.people
      ? {
          people: {
            count: e.people.value,
            ...bounds(e.people),
            held_by: e.people.heldBy,
            nationality: e.people.nationality,
          },
        }
      : {}),
    ...(e.sentenceLength
      ? { sentence_length: { years: e.sentenceLength.value, ...bounds(e.sentenceLength) } }
      : {}),
    ...(e.place !== null ? { place: e.place } : {}),
    claims: claims(e),
    ...(e.notes.length > 0 ? { notes: [...e.notes] } : {}),
    ...(e.key ? { key: true } : {}),
  };
}

function cohort(c: Cohort, events: ReadonlyMap<string, TimelineEvent>): RawCohort {
  const links = c.links.map((link) => {
    const claim = link.claim && events.get(link.claim.eventId)?.claims[link.claim.index]?.id;
    return {
      from: link.from,
      to: link.to,
      basis: link.basis,
      note: link.note,
      ...(claim ? { claim } : {}),
    };
  });
  return {
    id: c.id,
    label: c.label,
    ...(c.people ? { people: { count: c.people.value, ...bounds(c.people) } } : {}),
    events: [...c.events],
    ...(links.length > 0 ? { links } : {}),
    ...(c.notes.length > 0 ? { notes: [...c.notes] } : {}),
    ...(c.key ? { key: true } : {}),
  };
}

export function toFormat2(dataset: Dataset): RawDataset2 {
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  return {
    format: 2,
    title: dataset.title,
    ...(dataset.headline !== null ? { headline: dataset.headline } : {}),
    derived: dataset.derived,
    sources: dataset.sources.map(source),
    attributions: dataset.attributions.map((a) => ({ id: a.id, label: a.label })),
    events: dataset.events.map(event),
    ...(dataset.cohorts.length > 0 ? { cohorts: dataset.cohorts.map((c) => cohort(c, byId)) } : {}),
  };
}
