/**
 * Synthetic datasets in the public format, for benchmarks, scale tests and golden charts: a
 * realistic mix of kinds, uncertain and open dates, qualified and unknown counts, sentence
 * lengths, and quotes with code-point offsets into a generated (ASCII-only) article.
 * Deterministic for a seed. Pure (no file system), so browser-side tests can use it too;
 * scripts/gen-data.ts writes it to disk.
 */
import type { RawDataset, RawEvent, RawPeople, RawQuote } from '../src/data/dataset-schema';
import { DAY, MONTH_NAMES } from '../src/lib/time';

type Kind = RawEvent['kind'];
type Qualifier = RawPeople['qualifier'];

/** mulberry32: a tiny, fast, seedable 32-bit PRNG (public domain). Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Picks by weight: `[[value, weight], …]`. */
function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  const last = table[table.length - 1];
  if (!last) throw new Error('weighted pick from an empty table');
  return last[0];
}

const PUBLISHED = '2023-12-08';
const DERIVED = '2024-01-15';
const FIRST_DAY = Date.UTC(2018, 0, 1) / DAY;
const LAST_DAY = Date.UTC(2023, 11, 8) / DAY;
const KIND_MIX: readonly (readonly [Kind, number])[] = [
  ['capture', 30],
  ['sentence', 20],
  ['release', 25],
  ['status', 15],
  ['statement', 10],
];

/** Who says it; `says` opens the quoted sentence ("According to News agency A, …"). */
const ATTRIBUTIONS = [
  { id: 'outlet', label: 'The outlet (own reporting, synthetic)', says: 'It was reported that' },
  {
    id: 'joint-statement',
    label: 'Joint statement of the two governments (synthetic)',
    says: 'According to the joint statement,',
  },
  { id: 'agency-a', label: 'News agency A (synthetic)', says: 'According to News agency A,' },
  {
    id: 'ministry',
    label: 'Ministry of Defence (synthetic)',
    says: 'The Ministry of Defence said',
  },
  {
    id: 'rights-monitors',
    label: 'Human-rights monitors (synthetic)',
    says: 'According to human-rights monitors,',
  },
  { id: 'lawyer', label: 'A lawyer for the detainees (synthetic)', says: 'A lawyer said that' },
] as const;

const GROUPS = [
  'servicemen',
  'soldiers',
  'civilians',
  'reservists',
  'border guards',
  'detainees',
  'shepherds',
  'people',
];
const SYLLABLES = ['ar', 'ben', 'dar', 'gal', 'hov', 'kar', 'lor', 'mar', 'nor', 'sar', 'tal'];
const SYLLABLES_2 = ['van', 'zor', 'esh', 'ani', 'ber', 'kut', 'lin', 'dzor', 'tak', 'hin'];

interface Side {
  readonly heldBy: string;
  readonly nationality: string;
}
const SIDES: readonly (readonly [Side, number])[] = [
  [{ heldBy: 'Azerbaijan', nationality: 'Armenian' }, 50],
  [{ heldBy: 'Armenia', nationality: 'Azerbaijani' }, 30],
  [{ heldBy: 'unknown', nationality: 'unknown' }, 12],
  [{ heldBy: 'Azerbaijan', nationality: 'unknown' }, 8],
];

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function dayOf(epochDay: number): Day {
  const date = new Date(epochDay * DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const isoDay = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;
const isoMonth = ({ y, m }: Day) => `${y}-${pad(m)}`;
const monthWords = ({ y, m }: Day) => `${MONTH_NAMES[m - 1] ?? ''} ${y}`;
const dayWords = ({ y, m, d }: Day) => `${d} ${MONTH_NAMES[m - 1] ?? ''} ${y}`;

interface DatePick {
  readonly edtf: string;
  /** How the article words it, as a phrase to end a clause with (leading space included). */
  readonly words: string;
}

/** An EDTF date around `epochDay`, in the mix of precisions and uncertainty real articles give. */
function pickDate(rng: Rng, epochDay: number): DatePick {
  const day = dayOf(epochDay);
  const shape = weighted(rng, [
    ['day', 28],
    ['month', 18],
    ['month?', 8],
    ['month~', 3],
    ['day?', 4],
    ['year', 4],
    ['month-interval', 7],
    ['day-interval', 4],
    ['open-start', 16],
    ['open-end', 8],
  ] as const);
  switch (shape) {
    case 'day':
      return { edtf: isoDay(day), words: ` on ${dayWords(day)}` };
    case 'day?':
      return { edtf: `${isoDay(day)}?`, words: ` reportedly on ${dayWords(day)}` };
    case 'month':
      return { edtf: isoMonth(day), words: ` in ${monthWords(day)}` };
    case 'month?':
      return { edtf: `${isoMonth(day)}?`, words: ` in what may have been ${monthWords(day)}` };
    case 'month~':
      return { edtf: `${isoMonth(day)}~`, words: ` around ${monthWords(day)}` };
    case 'year':
      return { edtf: String(day.y), words: ` in ${day.y}` };
    case 'month-interval': {
      const end = dayOf(Math.min(LAST_DAY, epochDay + int(rng, 31, 200)));
      if (isoMonth(end) === isoMonth(day)) {
        return { edtf: isoMonth(day), words: ` in ${monthWords(day)}` };
      }
      return {
        edtf: `${isoMonth(day)}/${isoMonth(end)}`,
        words: ` between ${monthWords(day)} and ${monthWords(end)}`,
      };
    }
    case 'day-interval': {
      const end = dayOf(Math.min(LAST_DAY, epochDay + int(rng, 1, 40)));
      if (isoDay(end) === isoDay(day)) return { edtf: isoDay(day), words: ` on ${dayWords(day)}` };
      return {
        edtf: `${isoDay(day)}/${isoDay(end)}`,
        words: ` between ${dayWords(day)} and ${dayWords(end)}`,
      };
    }
    case 'open-start': {
      const end = rng() < 0.6 ? PUBLISHED : isoDay(dayOf(Math.min(LAST_DAY, epochDay + 30)));
      return { edtf: `../${end}`, words: ' at different times' };
    }
    case 'open-end': {
      const start = dayOf(Math.max(epochDay, LAST_DAY - int(rng, 0, 120)));
      return {
        edtf: `${isoDay(start)}/..`,
        words: ` from ${dayWords(start)}, the date of their return not yet published`,
      };
    }
  }
}

interface CountPick {
  readonly people: RawPeople;
  /** "12", "at least 12", "up to 12", "some", "an unknown number of". */
  readonly words: string;
}

/** A heavy-tailed count: mostly small groups, a few in the hundreds. */
function pickNumber(rng: Rng, least: number): number {
  return Math.max(least, Math.round(Math.exp(rng() * rng() * 6.2)));
}

function pickCount(rng: Rng, side: Side): CountPick {
  const qualifier = weighted<Qualifier>(rng, [
    ['exact', 55],
    ['at-least', 10],
    ['up-to', 10],
    ['some', 10],
    ['unknown', 15],
  ]);
  const base = { held_by: side.heldBy, nationality: side.nationality };
  if (qualifier === 'some') return { people: { count: null, qualifier, ...base }, words: 'some' };
  if (qualifier === 'unknown') {
    return { people: { count: null, qualifier, ...base }, words: 'an unknown number of' };
  }
  const count = pickNumber(rng, qualifier === 'exact' ? 1 : 2);
  const people: RawPeople = { count, qualifier, ...base };
  if (qualifier === 'exact' && rng() < 0.05) {
    const spread = int(rng, 1, 5);
    people.min = Math.max(0, count - spread);
    people.max = count + spread;
  }
  const words = qualifier === 'exact' ? String(count) : `${qualifier.replace('-', ' ')} ${count}`;
  return { people, words };
}

function pickSentenceLength(rng: Rng): { value: RawEvent['sentence_length']; words: string } {
  const qualifier = weighted<Qualifier>(rng, [
    ['exact', 50],
    ['up-to', 20],
    ['at-least', 5],
    ['unknown', 22],
    ['some', 3],
  ]);
  if (qualifier === 'unknown' || qualifier === 'some') {
    return { value: { years: null, qualifier }, words: 'prison terms the article does not give' };
  }
  const years = rng() < 0.1 ? int(rng, 1, 12) + 0.5 : int(rng, 1, 20);
  const words = `${qualifier === 'exact' ? '' : `${qualifier.replace('-', ' ')} `}${years} years`;
  return { value: { years, qualifier }, words };
}

function makePlaces(rng: Rng, count: number): string[] {
  const places = new Set<string>();
  while (places.size < count) {
    const name = `${pick(rng, SYLLABLES)}${rng() < 0.4 ? pick(rng, SYLLABLES) : ''}${pick(rng, SYLLABLES_2)}`;
    places.add(name.charAt(0).toUpperCase() + name.slice(1));
  }
  return [...places];
}

/** The article as it grows: chunks plus the running length (ASCII, so length = code points). */
class ArticleWriter {
  private readonly chunks: string[] = [];
  private length = 0;
  private inParagraph = 0;

  constructor(title: string) {
    this.append(`${title}\n\n`);
  }

  private append(text: string): void {
    this.chunks.push(text);
    this.length += text.length;
  }

  /** Adds a sentence and returns its offsets. */
  sentence(text: string): { start: number; end: number } {
    if (this.inParagraph > 0) this.append(this.inParagraph >= 5 ? '\n\n' : ' ');
    if (this.inParagraph >= 5) this.inParagraph = 0;
    const start = this.length;
    this.append(text);
    this.inParagraph += 1;
    return { start, end: this.length };
  }

  text(): string {
    return `${this.chunks.join('')}\n`;
  }
}

export interface GenerateOptions {
  /** Number of events. */
  readonly events: number;
  readonly seed: number;
  /** `source.article`: the article file's path relative to the dataset file. */
  readonly articleFile: string;
}

export interface Generated {
  readonly dataset: RawDataset;
  readonly article: string;
}

const ARTICLE_TITLE = 'Synthetic benchmark article: detainees captured, sentenced and released';

/** A whole dataset and its article, in memory. Same options, same output. */
export function generateDataset({ events: n, seed, articleFile }: GenerateOptions): Generated {
  if (!Number.isInteger(n) || n < 0) throw new Error(`--events must be a whole number, got ${n}`);
  const rng = mulberry32(seed);
  const places = makePlaces(rng, 200);
  const article = new ArticleWriter(ARTICLE_TITLE);
  const sentences: RawQuote[] = [];
  const events: RawEvent[] = [];
  let previous: RawQuote | null = null;

  for (let i = 0; i < n; i++) {
    // Every kind appears in small files too; then the mix. Time runs forward with jitter.
    const kind =
      i < 5
        ? (['capture', 'sentence', 'release', 'status', 'statement'] as const)[i]
        : weighted(rng, KIND_MIX);
    if (kind === undefined) throw new Error('unreachable');
    const spread = (LAST_DAY - FIRST_DAY) * (n > 1 ? i / (n - 1) : 1);
    const epochDay = Math.round(
      Math.min(LAST_DAY, Math.max(FIRST_DAY, FIRST_DAY + spread + int(rng, -60, 20))),
    );
    const date = pickDate(rng, epochDay);
    const place = pick(rng, places);
    const group = pick(rng, GROUPS);
    const side = weighted(rng, SIDES);
    const speaker = pick(rng, ATTRIBUTIONS);

    let title: string;
    let said: string;
    let people: RawPeople | undefined;
    let sentenceLength: RawEvent['sentence_length'];
    if (kind === 'statement') {
      title = `Statement on detainees from ${place} talks`;
      said = `the sides agreed at talks in ${place}${date.words} to continue work on the return of detainees`;
    } else {
      const count = pickCount(rng, side);
      people = count.people;
      switch (kind) {
        case 'capture':
          title = `${count.words} ${group} captured near ${place}`;
          said = `${count.words} ${group} were captured near ${place}${date.words}`;
          break;
        case 'sentence': {
          const length = pickSentenceLength(rng);
          sentenceLength = length.value;
          title = `${count.words} ${group} sentenced (${length.words})`;
          said = `a court sentenced ${count.words} ${group} from ${place} to ${length.words}${date.words}`;
          break;
        }
        case 'release':
          title = `${count.words} ${group} released via ${place}`;
          said = `${count.words} ${group} were released and handed over at ${place}${date.words}`;
          break;
        case 'status':
          title = `${count.words} ${group} still held by ${side.heldBy}`;
          said = `${count.words} ${group} detained near ${place} were still held by ${side.heldBy === 'unknown' ? 'one side' : side.heldBy}${date.words}`;
          break;
      }
    }
    title = title.charAt(0).toUpperCase() + title.slice(1);

    const quotes: RawQuote[] = [];
    if (previous && rng() < 0.2) {
      quotes.push(previous); // the same passage backs two events, as in the real article
    } else {
      const text = `${speaker.says} ${said}.`;
      const at = article.sentence(text);
      const quote = { text, start: at.start, end: at.end, attribution: speaker.id };
      sentences.push(quote);
      quotes.push(quote);
    }
    const primary = quotes[0];
    if (primary) previous = primary;
    const extra = rng();
    if (extra < 0.2 && sentences.length > 1) {
      const other = sentences[Math.floor(rng() * sentences.length)];
      if (other && other !== primary) quotes.push(other);
    } else if (extra > 0.97) {
      const text = `The ${group} were not named, and no list was published.`;
      const at = article.sentence(text);
      const quote = { text, start: at.start, end: at.end, attribution: 'outlet' };
      sentences.push(quote);
      quotes.push(quote);
    }

    const event: RawEvent = {
      id: `${kind}-${place.toLowerCase()}-${i}`,
      kind,
      date: date.edtf,
      title,
      summary: `${speaker.says} ${said}. Synthetic event ${i} for scale tests; the date is only as precise as the article.`,
      ...(people && { people }),
      ...(sentenceLength && { sentence_length: sentenceLength }),
      ...(rng() < 0.7 && { place }),
      quotes,
    };
    if (rng() < 0.15) {
      event.notes = [
        'The article gives no number for the whole group; none is derived by subtraction.',
      ];
    }
    events.push(event);
  }

  return {
    dataset: {
      source: {
        title: `${ARTICLE_TITLE} (${n} events, seed ${seed})`,
        publisher: 'Synthetic (custody-timeline gen:data)',
        section: 'Benchmarks',
        published: PUBLISHED,
        article: articleFile,
        derived: DERIVED,
      },
      attributions: ATTRIBUTIONS.map(({ id, label }) => ({
        id,
        label,
        description: 'Generated, not a real source.',
      })),
      events,
    },
    article: article.text(),
  };
}
