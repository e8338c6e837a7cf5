/**
 * Fuzzes the loader's one gate, `parseDataset`: random JSON values, random values of any kind,
 * random events inside a valid envelope, and mutations of the real dataset. Whatever the input,
 * it must return a dataset or precise problems — never throw — and account for every event.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPathEdit, at, isObject, pathsOf, toJson } from '../test/json-paths';
import type { Json, JsonObject, Path } from '../test/json-paths';
// The article's format 1 dataset, kept as a fixture, read as text (src/ is typed without Node).
import articleText from '../../e2e/fixtures/article-format1/article.txt?raw';
import timelineText from '../../e2e/fixtures/article-format1/timeline.json?raw';
import { DatasetEnvelopeSchema } from './dataset-schema';
import { parseDataset } from './parse-dataset';
import type { ParseOutcome } from './parse-dataset';
import { EVENT_KINDS, QUALIFIERS } from '../domain/kinds';

const RUNS = 300;

const REAL = toJson(JSON.parse(timelineText));
const REAL_EVENTS = eventsOf(REAL);

function eventsOf(root: Json): Json[] {
  const events = isObject(root) ? root.events : undefined;
  if (!Array.isArray(events)) throw new Error('the real dataset has no events array');
  return events;
}

const PATHS = pathsOf(REAL);
const EVENT_PATHS = PATHS.filter((p) => p[0] === 'events' && p.length >= 3);
const IDS = REAL_EVENTS.map((e) => at(e, ['id'])).filter((id) => typeof id === 'string');
const DATES = REAL_EVENTS.map((e) => at(e, ['date'])).filter((d) => typeof d === 'string');

// --- Mutations ---------------------------------------------------------------------------

type Mutation =
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'replace'; readonly path: Path; readonly value: Json }
  | { readonly op: 'duplicate-event'; readonly from: number }
  | { readonly op: 'remove-event'; readonly index: number }
  | { readonly op: 'swap-events'; readonly a: number; readonly b: number }
  | {
      readonly op: 'shift-offsets';
      readonly event: number;
      readonly by: number;
      readonly end: boolean;
    };

/** Applies one mutation in place; a path that an earlier mutation removed is left alone. */
function apply(root: Json, m: Mutation): void {
  const found = at(root, ['events']);
  const events = Array.isArray(found) ? found : [];
  switch (m.op) {
    case 'delete':
    case 'replace':
      applyPathEdit(root, m);
      return;
    case 'duplicate-event': {
      const event = events[m.from % Math.max(1, events.length)];
      if (event !== undefined) events.push(structuredClone(event));
      return;
    }
    case 'remove-event':
      events.splice(m.index % Math.max(1, events.length), 1);
      return;
    case 'swap-events': {
      const a = events[m.a % Math.max(1, events.length)];
      const b = events[m.b % Math.max(1, events.length)];
      if (a === undefined || b === undefined) return;
      events[m.a % events.length] = b;
      events[m.b % events.length] = a;
      return;
    }
    case 'shift-offsets': {
      const quotes = at(root, ['events', m.event, 'quotes']);
      const quote = Array.isArray(quotes) ? quotes[0] : undefined;
      if (!isObject(quote)) return;
      for (const key of m.end ? ['start', 'end'] : ['start']) {
        const value = quote[key];
        if (typeof value === 'number') quote[key] = value + m.by;
      }
      return;
    }
  }
}

const eventIndex = fc.nat({ max: REAL_EVENTS.length - 1 });

/** Random JSON with the odd values a hostile file holds: huge, fractional, negative, -0. */
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(-1, 0.5, -0, 1e21, Number.MAX_SAFE_INTEGER + 2, '', ' ', '\u200B', '6'),
  fc.constantFrom(...IDS, ...DATES),
);

function mutationOf(paths: readonly Path[], withEnvelope: boolean): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  const own: fc.Arbitrary<Mutation>[] = [
    fc.record({ op: fc.constant('delete' as const), path }),
    fc.record({ op: fc.constant('replace' as const), path, value: jsonValue }),
    fc.record({ op: fc.constant('duplicate-event' as const), from: eventIndex }),
    fc.record({
      op: fc.constant('shift-offsets' as const),
      event: eventIndex,
      by: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0),
      end: fc.boolean(),
    }),
  ];
  if (withEnvelope) {
    own.push(
      fc.record({ op: fc.constant('remove-event' as const), index: eventIndex }),
      fc.record({ op: fc.constant('swap-events' as const), a: eventIndex, b: eventIndex }),
    );
  }
  return fc.oneof(...own);
}

function mutated(mutations: readonly Mutation[]): Json {
  const copy = structuredClone(REAL);
  for (const m of mutations) apply(copy, m);
  return copy;
}

// --- The properties ------------------------------------------------------------------------

/** "people.count: …", "quotes[0].text: …", "notes[2]: …": a field path, then the reason. */
const SEGMENT = String.raw`(?:\[(?:\d+|".*")\]|\.[A-Za-z_$][\w$]*)`;
const FIELD_PROBLEM = new RegExp(String.raw`^(?:[A-Za-z_$][\w$]*|\[(?:\d+|".*")\])${SEGMENT}*: \S`);
/** The event itself is not an object: there is no field to name. */
const WHOLE_EVENT = /^Invalid input: expected object, received \w+$/;

function safely(raw: unknown, article: string): ParseOutcome {
  try {
    return parseDataset(raw, article);
  } catch (error) {
    throw new Error(`parseDataset threw: ${String(error)}`, { cause: error });
  }
}

/** Checks one outcome against the input: the contract every caller relies on. */
function checkOutcome(raw: unknown, outcome: ParseOutcome): void {
  const envelope = DatasetEnvelopeSchema.safeParse(raw);
  expect(outcome.ok).toBe(envelope.success);
  if (!outcome.ok) {
    expect(outcome.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of outcome.problems) {
      expect(typeof problem).toBe('string');
      expect(problem.trim()).not.toBe('');
    }
    return;
  }
  const { events, skipped } = outcome.dataset;
  const count = envelope.success ? envelope.data.events.length : -1;
  expect(events.length + skipped.length).toBe(count);
  const indexes = skipped.map((s) => s.index);
  expect(new Set(indexes).size).toBe(indexes.length);
  for (const skip of skipped) {
    expect(skip.index).toBeGreaterThanOrEqual(0);
    expect(skip.index).toBeLessThan(count);
    expect(skip.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of skip.problems) {
      expect(problem.trim()).not.toBe('');
      const named = [FIELD_PROBLEM, WHOLE_EVENT].some((p) => p.test(problem));
      expect(named, problem).toBe(true);
    }
  }
  const ids = events.map((e) => e.id);
  expect(new Set(ids).size, 'drawn ids are unique').toBe(ids.length);
}

function property(raw: unknown, article = articleText): void {
  checkOutcome(raw, safely(raw, article));
}

/** A valid envelope around `events`, so that each event is checked on its own. */
function withEvents(events: readonly unknown[]): JsonObject {
  const copy = structuredClone(REAL);
  if (!isObject(copy)) throw new Error('the real dataset is not an object');
  return { ...copy, events: events.map(toJson) };
}

/** Events with the real keys and plausible-or-random values: deeper into the schema. */
const eventLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom(...IDS), fc.string({ maxLength: 12 }), jsonValue),
    kind: fc.oneof(fc.constantFrom(...EVENT_KINDS), jsonValue),
    date: fc.oneof(
      fc.constantFrom(...DATES, '0000', '9999-12-31', '../..', '2020-13'),
      fc.string({ maxLength: 12 }),
    ),
    title: fc.oneof(fc.string({ maxLength: 20 }), jsonValue),
    summary: fc.string({ maxLength: 20 }),
    people: fc.oneof(
      fc.record(
        {
          count: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 100 }), fc.double()),
          qualifier: fc.oneof(fc.constantFrom(...QUALIFIERS), fc.string({ maxLength: 5 })),
          min: fc.integer({ min: -2, max: 100 }),
          max: fc.integer({ min: -2, max: 100 }),
          held_by: fc.string({ maxLength: 8 }),
          nationality: fc.string({ maxLength: 8 }),
        },
        { requiredKeys: ['count', 'qualifier', 'held_by', 'nationality'] },
      ),
      jsonValue,
    ),
    quotes: fc.oneof(
      fc.array(
        fc.record({
          text: fc.oneof(fc.constant('Armenia'), fc.string({ maxLength: 8 })),
          start: fc.integer({ min: -5, max: 3000 }),
          end: fc.integer({ min: -5, max: 3000 }),
          attribution: fc.oneof(
            fc.constantFrom('outlet', 'apa', 'nobody'),
            fc.string({ maxLength: 6 }),
          ),
        }),
        { maxLength: 3 },
      ),
      jsonValue,
    ),
    notes: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

// 300 runs a property; random dates miss the common forms and go to edtf.js's full grammar
// (about 1 ms a date), so allow slack.
describe(
  'parseDataset under fuzzing: a dataset or precise problems, never a throw',
  { timeout: 20_000 },
  () => {
    it('the real dataset loads whole (the baseline the mutations start from)', () => {
      const outcome = safely(REAL, articleText);
      checkOutcome(REAL, outcome);
      expect(outcome.ok && outcome.dataset.skipped).toEqual([]);
    });

    it('random JSON values', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (raw) => {
          property(raw);
        }),
        { numRuns: RUNS },
      );
    });

    it('random values of any kind, with a random article', () => {
      fc.assert(
        fc.property(fc.anything(), fc.string(), (raw, article) => {
          property(raw, article);
        }),
        { numRuns: RUNS },
      );
    });

    it('random JSON values as the events of a valid envelope', () => {
      fc.assert(
        fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), (events) => {
          property(withEvents(events));
        }),
        { numRuns: RUNS },
      );
    });

    it('event-shaped records with random values', () => {
      fc.assert(
        fc.property(fc.array(eventLike, { maxLength: 5 }), (events) => {
          property(withEvents(events));
        }),
        { numRuns: RUNS },
      );
    });

    it('mutations anywhere in the real dataset (keys deleted, values replaced, events moved)', () => {
      fc.assert(
        fc.property(fc.array(mutationOf(PATHS, true), { minLength: 1, maxLength: 4 }), (ms) => {
          property(mutated(ms));
        }),
        { numRuns: RUNS },
      );
    });

    it('mutations inside events: each one costs at most one event, never the page', () => {
      fc.assert(
        fc.property(
          fc.array(mutationOf(EVENT_PATHS, false), { minLength: 1, maxLength: 3 }),
          (ms) => {
            const raw = mutated(ms);
            const outcome = safely(raw, articleText);
            checkOutcome(raw, outcome);
            if (!outcome.ok) throw new Error(`the envelope failed: ${outcome.problems.join('; ')}`);
            expect(outcome.dataset.skipped.length).toBeLessThanOrEqual(ms.length);
            expect(outcome.dataset.events.length).toBeGreaterThanOrEqual(
              REAL_EVENTS.length - ms.length,
            );
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('an unknown key at the top of an event is reported with its field path', () => {
      const raw = withEvents([{ ...(isObject(REAL_EVENTS[0]) ? REAL_EVENTS[0] : {}), note: 'x' }]);
      const outcome = safely(raw, articleText);
      const problems = outcome.ok ? outcome.dataset.skipped.flatMap((s) => s.problems) : [];
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(FIELD_PROBLEM);
    });
  },
);
