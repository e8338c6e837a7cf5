/**
 * The fast checkers (fast-format1.ts, fast-format2.ts) answer for zod on the loader's hot path,
 * so they must give zod's verdict on every input, and on a valid one zod's very value. Checked
 * on generated valid datasets, on the same datasets mutated (keys deleted or added, values
 * replaced by wrong types, bad enums, bad dates, numbers out of range, empty lists…), on each
 * record alone as the loader checks them, and on every file of the bad-data fixtures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetEnvelopeSchema, DatasetSchema, EventSchema } from './dataset-schema';
import { fastDataset1, fastEnvelope1, isEvent1 } from './fast-format1';
import { fastDataset2, fastEnvelope2, isCohort, isEvent2 } from './fast-format2';
import {
  CohortSchema,
  Format2DatasetSchema,
  Format2EnvelopeSchema,
  Format2EventSchema,
} from './format2-schema';
import type { RawDataset2 } from './format2-schema';
import { readFormat } from './dataset-checks';
import { format2Arb } from '../test/format2-arb';
import { applyPathEdit, at, isObject, pathsOf, toJson } from '../test/json-paths';
import type { Json, JsonObject, Path } from '../test/json-paths';

const RUNS = 500;
/** Mutated files: most are refused, and each refusal is compared record by record. */
const MUTATED_RUNS = 1000;

/** Strings and numbers that sit on one side or the other of a rule of the schema. */
const EDGE_VALUES: readonly Json[] = [
  '',
  ' ',
  '\u200B',
  'a\u0007b',
  'tab\there',
  'x'.repeat(81),
  'x'.repeat(121),
  'x'.repeat(301),
  'x'.repeat(4001),
  'Bad Id',
  'none',
  'quote',
  'inference',
  'exact',
  'some',
  'unknown',
  'statement',
  'sentence',
  'court',
  'sometimes',
  '2023-02-29',
  '2024-02-29',
  '2020-13',
  '2020-21',
  '199X',
  '2020-1-1',
  '2020/2019',
  '2020-05/2020-05',
  '../..',
  '0050-01-01',
  '10000',
  '2023-12-08T02:30:00',
  'javascript:alert(1)',
  ' https://gazette.example/a\tb ',
  'http:/gazette.example',
  'HTTPS://GAZETTE.EXAMPLE',
  'ftp://gazette.example',
  'https://',
  'en',
  'hy-Latn',
  'xx-',
  'i-klingon',
  'zz-ZZ',
  'abcdefghi',
  -1,
  0,
  1.5,
  3,
  2 ** 53,
  1e300,
  null,
  true,
  false,
  [],
  {},
  ['x'],
];

type Mutation =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'replace'; readonly at: number; readonly value: Json }
  | { readonly op: 'add-key'; readonly at: number; readonly key: string; readonly value: Json }
  | { readonly op: 'copy-sibling'; readonly at: number; readonly from: number }
  | { readonly op: 'break-rule'; readonly at: number; readonly rule: number };

const valueArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A rule between fields, broken on purpose where the file has a place for it. */
interface RuleBreaker {
  /** Where: a path pattern, `n` standing for any index. */
  readonly at: readonly string[];
  readonly breakIt: (node: JsonObject) => void;
}

const set =
  (fields: JsonObject) =>
  (node: JsonObject): void => {
    Object.assign(node, fields);
  };
const drop =
  (key: string) =>
  (node: JsonObject): void => {
    Reflect.deleteProperty(node, key);
  };

const LINK = ['cohorts', 'n', 'links', 'n'];
const PEOPLE = ['events', 'n', 'people'];
const ANCHOR = ['events', 'n', 'claims', 'n', 'quote'];

const RULES: readonly RuleBreaker[] = [
  {
    at: LINK,
    breakIt: (link) => {
      link.to = link.from ?? '';
    },
  },
  { at: LINK, breakIt: set({ basis: 'quote' }) },
  { at: LINK, breakIt: drop('claim') },
  { at: LINK, breakIt: set({ from: 'not-a-member' }) },
  {
    at: ['cohorts', 'n'],
    breakIt: ({ events }) => {
      if (Array.isArray(events)) events.push(events[0] ?? '');
    },
  },
  { at: ['cohorts', 'n'], breakIt: set({ id: 'none' }) },
  {
    at: ['cohorts', 'n'],
    breakIt: set({ people: { count: null, qualifier: 'some', min: 3, max: 2 } }),
  },
  { at: PEOPLE, breakIt: set({ min: 5, max: 4 }) },
  { at: PEOPLE, breakIt: set({ count: 7, max: 6 }) },
  { at: PEOPLE, breakIt: set({ count: 7, min: 8 }) },
  { at: PEOPLE, breakIt: set({ count: null, qualifier: 'exact' }) },
  { at: PEOPLE, breakIt: set({ count: 3, qualifier: 'some' }) },
  { at: ['events', 'n'], breakIt: drop('people') },
  { at: ['events', 'n'], breakIt: set({ sentence_length: { years: 2, qualifier: 'exact' } }) },
  { at: ['events', 'n'], breakIt: set({ kind: 'statement' }) },
  { at: ANCHOR, breakIt: drop('end') },
  { at: ANCHOR, breakIt: drop('start') },
  { at: ANCHOR, breakIt: set({ prefix: '' }) },
  { at: ANCHOR, breakIt: set({ suffix: ' ' }) },
  {
    at: ANCHOR,
    breakIt: (quote) => {
      set({ end: typeof quote.end === 'number' ? quote.end + 1 : 1 })(quote);
    },
  },
  {
    at: ['events', 'n', 'claims', 'n'],
    breakIt: set({ people: { count: 2, qualifier: 'exact', min: 3 } }),
  },
  { at: ['events', 'n', 'quotes', 'n'], breakIt: set({ end: 0 }) },
  { at: ['sources', 'n'], breakIt: set({ language: 'en-' }) },
  { at: ['sources', 'n'], breakIt: set({ url: 'https://' }) },
  { at: ['source'], breakIt: set({ url: 'javascript:alert(1)' }) },
];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: valueArb }),
  fc.record({
    op: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', '__proto__', 'min', 'max', 'start', 'end', 'prefix', 'claim'),
    value: valueArb,
  }),
  fc.record({ op: fc.constant('copy-sibling' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({
    op: fc.constant('break-rule' as const),
    at: fc.nat(),
    rule: fc.nat({ max: RULES.length - 1 }),
  }),
);

const startsWith = (path: Path, prefix: Path) => prefix.every((key, i) => path[i] === key);
const matches = (path: Path, pattern: readonly string[]) =>
  path.length === pattern.length &&
  pattern.every((key, i) => (key === 'n' ? typeof path[i] === 'number' : path[i] === key));

/**
 * The mutations, all inside one record (an event, a cohort, a source…) or on the envelope's own
 * fields, so that they hit the rules of that record often: a field deleted, replaced, added or
 * set to a sibling's value (a member twice, a link to itself), or a rule between fields broken.
 */
function mutate(original: Json, mutations: readonly Mutation[], focusAt: number): Json {
  const root = structuredClone(original);
  const prefixes = new Map(
    pathsOf(root).map((p) => [JSON.stringify(p.slice(0, 2)), p.slice(0, 2)]),
  );
  const foci: Path[] = [[], ...prefixes.values()].filter(
    (p) => p.length === 0 || typeof p[1] === 'number',
  );
  const focus = foci[focusAt % foci.length] ?? [];
  for (const m of mutations) {
    const paths = pathsOf(root).filter(
      (p) => startsWith(p, focus) && (focus.length > 0 || p.length === 1),
    );
    const path = paths[m.at % paths.length];
    if (m.op === 'break-rule') {
      const rule = RULES[m.rule];
      const targets = pathsOf(root).filter((p) => rule && matches(p, rule.at));
      const target = at(root, targets[m.at % targets.length] ?? []);
      if (rule && targets.length > 0 && isObject(target)) rule.breakIt(target);
    } else if (!path) {
      continue;
    } else if (m.op === 'delete') {
      applyPathEdit(root, { op: 'delete', path });
    } else if (m.op === 'replace') {
      applyPathEdit(root, { op: 'replace', path, value: structuredClone(m.value) });
    } else if (m.op === 'copy-sibling') {
      const siblings = paths.filter(
        (p) => p.length === path.length && startsWith(p, path.slice(0, -1)) && p !== path,
      );
      const from = siblings[m.from % siblings.length];
      const value = from && at(root, from);
      if (value !== undefined)
        applyPathEdit(root, { op: 'replace', path, value: structuredClone(value) });
    } else {
      const objects = [focus, ...paths].filter((p) => isObject(at(root, p)));
      const target = at(root, objects[m.at % objects.length] ?? []);
      if (isObject(target)) {
        const value = structuredClone(m.value);
        Object.defineProperty(target, m.key, { value, enumerable: true, writable: true });
      }
    }
  }
  return root;
}

/** Shapes the generator does not write, still valid: contexts, quote links, a trimmed address. */
const decorationArb = fc.record({
  prefix: fc.option(fc.constantFrom(' ', 'the words before'), { nil: undefined }),
  url: fc.constantFrom(
    'https://gazette.example/crew',
    ' https://gazette.example/cr\tew\n',
    'HTTP://gazette.example',
  ),
  language: fc.constantFrom('en', 'hy-Latn', 'en-GB'),
  section: fc.option(fc.constantFrom('World', 'Region'), { nil: undefined }),
  quoteLink: fc.boolean(),
  cohortPeople: fc.boolean(),
});

type Decoration = typeof decorationArb extends fc.Arbitrary<infer T> ? T : never;

function decorate(dataset: RawDataset2, d: Decoration): Json {
  const json = toJson(dataset);
  if (!isObject(json) || !Array.isArray(json.sources) || !Array.isArray(json.events)) return json;
  const [first] = json.sources;
  if (isObject(first)) {
    first.url = d.url;
    first.language = d.language;
    if (d.section !== undefined) first.section = d.section;
  }
  const [event] = json.events;
  if (isObject(event) && Array.isArray(event.claims)) {
    const [claim] = event.claims;
    if (isObject(claim) && isObject(claim.quote) && d.prefix !== undefined) {
      claim.quote.prefix = d.prefix;
      claim.quote.suffix = d.prefix;
    }
  }
  const [cohort] = Array.isArray(json.cohorts) ? json.cohorts : [];
  if (isObject(cohort) && Array.isArray(cohort.events) && cohort.events.length > 1) {
    if (d.cohortPeople) cohort.people = { count: null, qualifier: 'some', min: 2 };
    if (d.quoteLink) {
      const [from = '', to = ''] = cohort.events;
      cohort.links = [{ from, to, basis: 'quote', note: 'Same crew.', claim: 'event-0-claim' }];
    }
  }
  return json;
}

const validArb = fc
  .tuple(format2Arb, decorationArb)
  .map(([generated, d]) => decorate(generated.dataset, d));

/** The same dataset written as format 1: one article, each claim a quote of it. */
function asFormat1(json: Json): Json {
  if (!isObject(json) || !Array.isArray(json.events) || !Array.isArray(json.sources)) return json;
  const [source] = json.sources;
  return {
    source: {
      title: isObject(source) ? (source.title ?? '') : '',
      publisher: 'The Harbour Gazette',
      published: '2031-05-20',
      article: 'gazette.txt',
      derived: json.derived ?? '',
      ...(isObject(source) && source.url !== undefined ? { url: source.url } : {}),
    },
    attributions: json.attributions ?? [],
    events: json.events.map((event) => {
      if (!isObject(event) || !Array.isArray(event.claims)) return event;
      // Format 1 has no key facts: every field but `claims` and `key` is the same.
      const rest = Object.fromEntries(
        Object.entries(event).filter(([name]) => name !== 'claims' && name !== 'key'),
      );
      const quotes = event.claims.map((claim) => {
        if (!isObject(claim) || !isObject(claim.quote)) return claim;
        const { exact = '', start = 0, end = 0 } = claim.quote;
        return { text: exact, start, end, attribution: claim.attribution ?? '' };
      });
      return { ...rest, quotes };
    }),
  };
}

interface Verdicts {
  readonly fast: unknown;
  readonly zod: { success: boolean; data?: unknown };
}

/** Fast and zod agree: both refuse, or both accept and return the same value. */
function expectAgreement({ fast, zod }: Verdicts, what: string): void {
  expect(fast !== null, `${what}: fast ${fast === null ? 'refused' : 'accepted'}`).toBe(
    zod.success,
  );
  if (zod.success) expect(fast).toStrictEqual(zod.data);
}

function checkFormat2Agreement(raw: Json): boolean {
  const whole = Format2DatasetSchema.safeParse(raw);
  expectAgreement({ fast: fastDataset2(raw), zod: whole }, 'dataset');
  const envelope = { fast: fastEnvelope2(raw), zod: Format2EnvelopeSchema.safeParse(raw) };
  expectAgreement(envelope, 'envelope');
  if (!isObject(raw)) return false;
  for (const event of Array.isArray(raw.events) ? raw.events : []) {
    const fast = isEvent2(event) ? event : null;
    expectAgreement({ fast, zod: Format2EventSchema.safeParse(event) }, 'event');
  }
  for (const cohort of Array.isArray(raw.cohorts) ? raw.cohorts : []) {
    const fast = isCohort(cohort) ? cohort : null;
    expectAgreement({ fast, zod: CohortSchema.safeParse(cohort) }, 'cohort');
  }
  return whole.success;
}

function checkFormat1Agreement(raw: Json): boolean {
  const whole = DatasetSchema.safeParse(raw);
  expectAgreement({ fast: fastDataset1(raw), zod: whole }, 'dataset');
  const envelope = { fast: fastEnvelope1(raw), zod: DatasetEnvelopeSchema.safeParse(raw) };
  expectAgreement(envelope, 'envelope');
  if (!isObject(raw)) return false;
  for (const event of Array.isArray(raw.events) ? raw.events : []) {
    expectAgreement(
      { fast: isEvent1(event) ? event : null, zod: EventSchema.safeParse(event) },
      'event',
    );
  }
  return whole.success;
}

const mutatedArb = (base: fc.Arbitrary<Json>) =>
  fc.record({
    dataset: base,
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
    focus: fc.nat(),
  });

describe('the fast format 2 checker gives zod’s verdict and value', () => {
  it(`on ${RUNS} generated valid datasets: accepted, zod’s value deep-equal`, () => {
    fc.assert(
      fc.property(validArb, (raw) => {
        expect(checkFormat2Agreement(raw)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`on ${MUTATED_RUNS} mutated datasets: the same verdict for the file and each record`, () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedArb(validArb), ({ dataset, mutations, focus }) => {
        if (!checkFormat2Agreement(mutate(dataset, mutations, focus))) refused++;
      }),
      { numRuns: MUTATED_RUNS },
    );
    // Most mutations break the file: the runs are about invalid data, not about valid data again.
    expect(refused).toBeGreaterThan(MUTATED_RUNS * 0.6);
  }, 60_000);
});

describe('the fast format 1 checker gives zod’s verdict and value', () => {
  it(`on ${RUNS} generated valid datasets`, () => {
    fc.assert(
      fc.property(validArb, (raw) => {
        expect(checkFormat1Agreement(asFormat1(raw))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`on ${MUTATED_RUNS} mutated datasets`, () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedArb(validArb.map(asFormat1)), ({ dataset, mutations, focus }) => {
        if (!checkFormat1Agreement(mutate(dataset, mutations, focus))) refused++;
      }),
      { numRuns: MUTATED_RUNS },
    );
    expect(refused).toBeGreaterThan(MUTATED_RUNS * 0.6);
  }, 60_000);
});

const FIXTURES = import.meta.glob<string>(
  ['../../e2e/fixtures/**/*.json', '../../data/timeline.json'],
  { query: '?raw', import: 'default', eager: true },
);

describe('the fast checkers agree with zod on every JSON fixture', () => {
  it.each(Object.entries(FIXTURES))('%s', (_name, text) => {
    let raw: Json;
    try {
      raw = toJson(JSON.parse(text));
    } catch {
      return;
    }
    if (readFormat(raw) === 2) checkFormat2Agreement(raw);
    else checkFormat1Agreement(raw);
  });
});
