/**
 * Fuzzes format 2 through the loader's one gate, `parseDataset`: mutations of the multi-source
 * fixture (keys deleted, values replaced with random JSON or with ids from elsewhere in the
 * file). Whatever the input, it must return a dataset or precise problems — never throw — and
 * account for every event and every cohort, drawn or skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPathEdit, at, pathsOf, toJson } from '../test/json-paths';
import type { Json, PathEdit } from '../test/json-paths';
import courierText from '../../e2e/fixtures/multi-source/courier.txt?raw';
import datasetText from '../../e2e/fixtures/multi-source/dataset.json?raw';
import harborText from '../../e2e/fixtures/multi-source/harbor-watch.txt?raw';
import { Format2EnvelopeSchema } from './format2-schema';
import { parseDataset } from './parse-dataset';
import type { ParseOutcome } from './parse-dataset';
import type { SourceText } from '../domain/types';

const RUNS = 300;
const TEXTS: ReadonlyMap<string, SourceText> = new Map([
  ['courier', { status: 'loaded', text: courierText }],
  ['harbor-watch', { status: 'loaded', text: harborText }],
]);

const REAL = toJson(JSON.parse(datasetText));

const PATHS = pathsOf(REAL);
/** Every string in the file: ids, dates and quotes moved to where another belongs. */
const STRINGS = PATHS.map((p) => at(REAL, p)).filter((v) => typeof v === 'string');

type Mutation = PathEdit;

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({
    op: fc.constant('replace' as const),
    path: fc.constantFrom(...PATHS),
    value: fc.oneof(
      fc.constantFrom(...STRINGS),
      fc.jsonValue({ maxDepth: 2 }),
      fc.integer({ min: -5, max: 500 }),
    ),
  }),
);

function mutated(ms: readonly Mutation[]): Json {
  const copy = structuredClone(REAL);
  for (const m of ms) applyPathEdit(copy, m);
  return copy;
}

function safely(raw: unknown): ParseOutcome {
  try {
    return parseDataset(raw, TEXTS);
  } catch (error) {
    throw new Error(`parseDataset threw: ${String(error)}`, { cause: error });
  }
}

/** The contract every caller relies on: every record drawn or listed, every problem worded. */
function checkOutcome(raw: Json, outcome: ParseOutcome): void {
  if (!outcome.ok) {
    expect(outcome.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of outcome.problems) expect(problem.trim()).not.toBe('');
    return;
  }
  const envelope = Format2EnvelopeSchema.safeParse(raw);
  // The format may have been deleted: the file is then read (and refused or not) as format 1.
  if (!envelope.success) return;
  const { events, cohorts, skipped } = outcome.dataset;
  const skippedIn = (collection: 'events' | 'cohorts') =>
    skipped.filter((s) => s.collection === collection);
  expect(events.length + skippedIn('events').length).toBe(envelope.data.events.length);
  expect(cohorts.length + skippedIn('cohorts').length).toBe(envelope.data.cohorts?.length ?? 0);
  for (const skip of skipped) {
    expect(skip.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of skip.problems) expect(problem.trim()).not.toBe('');
  }
  const drawn = new Set(events.map((e) => e.id));
  expect(drawn.size, 'drawn ids are unique').toBe(events.length);
  for (const event of events) {
    expect(event.sourceCount).toBeGreaterThanOrEqual(1);
    for (const id of event.cohortIds) expect(cohorts.map((c) => c.id)).toContain(id);
  }
  for (const cohort of cohorts) {
    for (const link of cohort.links) {
      if (link.claim) expect(drawn.has(link.claim.eventId)).toBe(true);
    }
  }
}

// 300 runs a property; random dates go to edtf.js's full grammar, so allow slack.
describe(
  'format 2 under fuzzing: a dataset or precise problems, never a throw',
  { timeout: 20_000 },
  () => {
    it('the fixture loads whole (the baseline the mutations start from)', () => {
      const outcome = safely(REAL);
      checkOutcome(REAL, outcome);
      expect(outcome.ok && outcome.dataset.skipped).toStrictEqual([]);
    });

    it('mutations anywhere in the multi-source fixture', () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (ms) => {
          const raw = mutated(ms);
          checkOutcome(raw, safely(raw));
        }),
        { numRuns: RUNS },
      );
    });
  },
);
