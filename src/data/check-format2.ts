import type { RawCohort, RawEvent2, RawSource2 } from './format2-schema';
import type { Checked, Records } from './records';
import { readId } from './format-issues';
import { locateQuote } from './anchor-quote';
import { checkedWindow, normalizeCount, normalizeEvent } from './normalize-event';
import type { ClaimOffsets } from './normalize-event';
import type { TimeWindow } from '../domain/time-window';
import type { Cohort, SkippedEvent } from '../domain/types';
import { checkEvents } from './check-events';
import type { CheckContext } from './check-events';

/** A format 2 file's envelope, valid, with what the events and cohorts are checked against. */
export interface Checked2 {
  readonly title: string;
  readonly headline: string | null;
  readonly derived: string;
  readonly sources: readonly RawSource2[];
  readonly attributions: readonly { readonly id: string; readonly label: string }[];
  readonly cohorts: readonly Cohort[];
  readonly skipped: readonly SkippedEvent[];
}

export type Outcome2 =
  | { readonly ok: true; readonly checked: Checked2 }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Ids a list must not repeat, as messages naming both places. */
function duplicateIds(items: readonly { id: string }[], where: string): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  items.forEach(({ id }, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else problems.push(`${where}[${i}].id: "${id}" is already used by ${where}[${at}]`);
  });
  return problems;
}

/**
 * Event ids, and each claim id with the id of its event, as the raw file has them: the cohorts
 * are checked before the events.
 */
function rawIds(events: readonly unknown[]): {
  events: Set<string>;
  claims: Map<string, string | null>;
} {
  const ids = { events: new Set<string>(), claims: new Map<string, string | null>() };
  for (const event of events) {
    const id = readId(event);
    if (id) ids.events.add(id);
    if (typeof event !== 'object' || event === null || !('claims' in event)) continue;
    if (!Array.isArray(event.claims)) continue;
    const claims: unknown[] = event.claims;
    for (const claim of claims) {
      const claimId = readId(claim);
      if (claimId) ids.claims.set(claimId, id);
    }
  }
  return ids;
}

/** Is `inner` inside `outer`? Open edges reach to infinity. */
function within(inner: TimeWindow, outer: TimeWindow): boolean {
  const startOk = !outer.start || (inner.start !== null && inner.start.at >= outer.start.at);
  const endOk = !outer.end || (inner.end !== null && inner.end.at <= outer.end.at);
  return startOk && endOk;
}

/**
 * Format 2's gate, once every record has its schema's verdict (records.ts; an envelope that fails
 * fails the file before this): ids unique in the envelope, then each cohort and each event alone,
 * so one bad record is skipped and listed while the rest are drawn. Cohorts are checked first
 * against the ids the file holds, so each event can be handed on with its cohorts as soon as it
 * is checked.
 */
export function checkFormat2(
  records: Extract<Records, { format: 2 }>,
  context: CheckContext,
): Outcome2 {
  const { title, headline, derived, sources, attributions, events: rawEvents } = records.envelope;
  const rawCohorts = records.envelope.cohorts ?? [];
  const envelopeProblems = [
    ...duplicateIds(sources, 'sources'),
    ...duplicateIds(attributions, 'attributions'),
  ];
  if (envelopeProblems.length > 0) return { ok: false, problems: envelopeProblems };

  const skipped: SkippedEvent[] = [];
  const ids = rawIds(rawEvents);
  const cohorts = checkCohorts(rawCohorts, records.cohorts, ids, skipped);
  const memberOf = new Map<string, string[]>();
  for (const cohort of cohorts) {
    for (const id of cohort.events) memberOf.set(id, [...(memberOf.get(id) ?? []), cohort.id]);
  }

  const labels = new Map(attributions.map((a) => [a.id, a.label]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const claimAt = new Map<string, { eventId: string; index: number }>();

  checkEvents(
    rawEvents,
    records.events,
    context,
    skipped,
    (event, problems) =>
      checkClaims(event, { labels, sourceById, claimAt, textOf: context.textOf }, problems),
    (event, offsets) => {
      event.claims.forEach((claim, i) => {
        if (claim.id !== undefined) claimAt.set(claim.id, { eventId: event.id, index: i });
      });
      const cohortIds = memberOf.get(event.id) ?? [];
      context.onEvent(normalizeEvent(event, { labels, offsets, cohortIds }));
    },
  );

  return {
    ok: true,
    checked: {
      title,
      headline: headline ?? null,
      derived,
      sources,
      attributions: attributions.map(({ id, label }) => ({ id, label })),
      cohorts: cohorts.map((cohort) => resolveClaims(cohort, claimAt)),
      skipped,
    },
  };
}

interface ClaimChecks {
  readonly labels: ReadonlyMap<string, string>;
  readonly sourceById: ReadonlyMap<string, RawSource2>;
  readonly claimAt: ReadonlyMap<string, { eventId: string; index: number }>;
  readonly textOf: CheckContext['textOf'];
}

/** Every claim's references, date and quote; the offsets where each quote was found. */
function checkClaims(event: RawEvent2, checks: ClaimChecks, problems: string[]): ClaimOffsets {
  const window = checkedWindow(event.date);
  const ownIds = new Map<string, number>();
  return event.claims.map((claim, i) => {
    const at = `claims[${i}]`;
    if (claim.id !== undefined) {
      const earlier = checks.claimAt.get(claim.id);
      const here = ownIds.get(claim.id);
      if (earlier)
        problems.push(`${at}.id: "${claim.id}" is already used by a claim of "${earlier.eventId}"`);
      else if (here !== undefined)
        problems.push(`${at}.id: "${claim.id}" is already used by claims[${here}]`);
      ownIds.set(claim.id, i);
    }
    if (!checks.labels.has(claim.attribution)) {
      problems.push(`${at}.attribution: "${claim.attribution}" is not an id in "attributions"`);
    }
    if (claim.date !== undefined && !within(checkedWindow(claim.date), window)) {
      problems.push(
        `${at}.date: "${claim.date}" is not inside the event's date "${event.date}", which must allow every claim's date`,
      );
    }
    const source = checks.sourceById.get(claim.source);
    if (!source) {
      problems.push(`${at}.source: "${claim.source}" is not an id in "sources"`);
      return null;
    }
    const text = checks.textOf(source);
    if (!text) return null;
    const located = locateQuote(text, claim.quote);
    if (located.ok) return { start: located.start, end: located.end };
    problems.push(`${at}.quote.${located.field}: ${located.problem} (source "${source.id}")`);
    return null;
  });
}

/** Cohorts valid on their own and naming only ids the file holds; the others are skipped. */
function checkCohorts(
  rawCohorts: readonly unknown[],
  checked: readonly Checked<RawCohort>[],
  ids: {
    readonly events: ReadonlySet<string>;
    readonly claims: ReadonlyMap<string, string | null>;
  },
  skipped: SkippedEvent[],
): RawCohort[] {
  const valid: RawCohort[] = [];
  const seen = new Map<string, number>();
  rawCohorts.forEach((raw, index) => {
    const verdict = checked[index];
    if (!verdict) throw new Error(`cohorts[${index}] reached the cross-checks without a verdict`);
    if (!verdict.ok) {
      const { problems } = verdict;
      skipped.push({ collection: 'cohorts', index, id: readId(raw), problems });
      return;
    }
    const cohort = verdict.value;
    const problems: string[] = [];
    const first = seen.get(cohort.id);
    if (first !== undefined)
      problems.push(`id: "${cohort.id}" is already used by cohort #${first}`);
    cohort.events.forEach((id, i) => {
      if (!ids.events.has(id))
        problems.push(`events[${i}]: "${id}" is not an event id in this file`);
    });
    cohort.links?.forEach((link, i) => {
      if (link.claim === undefined) return;
      const owner = ids.claims.get(link.claim);
      if (owner === undefined) {
        problems.push(`links[${i}].claim: "${link.claim}" is not a claim id in this file`);
      } else if (owner === null || !cohort.events.includes(owner)) {
        // The words that say two events concern the same people belong to one of this cohort's.
        problems.push(
          `links[${i}].claim: "${link.claim}" is a claim of "${owner ?? '(an event without an id)'}", which is not one of this cohort's events`,
        );
      }
    });
    if (problems.length > 0) {
      skipped.push({ collection: 'cohorts', index, id: cohort.id, problems });
      return;
    }
    seen.set(cohort.id, index);
    valid.push(cohort);
  });
  return valid;
}

/** A link's claim, found among the events that were drawn (null when its event was skipped). */
function resolveClaims(
  cohort: RawCohort,
  claimAt: ReadonlyMap<string, { eventId: string; index: number }>,
): Cohort {
  return {
    id: cohort.id,
    label: cohort.label,
    people: cohort.people ? normalizeCount(cohort.people.count, cohort.people) : null,
    events: cohort.events,
    links: (cohort.links ?? []).map((link) => ({
      from: link.from,
      to: link.to,
      basis: link.basis,
      note: link.note,
      claim: link.claim !== undefined ? (claimAt.get(link.claim) ?? null) : null,
    })),
    notes: cohort.notes ?? [],
    key: cohort.key ?? false,
  };
}
