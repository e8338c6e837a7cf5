/**
 * What is measured: the real dataset and one synthetic dataset per size, each with its FLOOR page
 * and (up to `peerMaxEvents`) one page per peer, written into the build so the server serves them.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeDataset } from '../scripts/gen-data';
import { DatasetSchema } from '../src/data/dataset-schema';
import type { RawEvent } from '../src/data/dataset-schema';
import { Format2DatasetSchema } from '../src/data/format2-schema';
import type { RawEvent2 } from '../src/data/format2-schema';
import { readFormat } from '../src/data/parse-dataset';
import { DIST, log, OUT, ROOT } from './config';
import { writeFloorPage } from './floor';
import type { FloorEvent } from './floor';
import { copyPeerAssets, writePeerPages } from './peers/pages';
import type { Peer, PeerPage } from './peers/pages';

export interface Target {
  readonly label: string;
  /** The real dataset (the article's default page), not a synthetic one. */
  readonly real: boolean;
  readonly events: number;
  readonly appPath: string;
  readonly floorPath: string;
  readonly dataFiles: readonly string[];
  readonly hasReleases: boolean;
  /** Each peer's page for the same events; null above `--peer-max-events`. */
  readonly peers: Readonly<Record<Peer, PeerPage>> | null;
}

/** What the FLOOR and peer pages draw of an event: the same fields in both formats. */
type FloorSource = {
  readonly events: readonly Pick<
    RawEvent | RawEvent2,
    'id' | 'kind' | 'date' | 'title' | 'summary' | 'people'
  >[];
};

/** The real dataset, format 1 or 2, read through its format's schema. */
function readReal(path: string): FloorSource {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return readFormat(raw) === 2 ? Format2DatasetSchema.parse(raw) : DatasetSchema.parse(raw);
}

function floorEventsOf(dataset: FloorSource): FloorEvent[] {
  return dataset.events.map((e) => ({
    kind: e.kind,
    date: e.date,
    count: e.people?.count ?? null,
  }));
}

/** The peers' pages for these events, unless the size is above `peerMaxEvents`. */
function peersFor(source: FloorSource, name: string, label: string, peerMaxEvents: number) {
  if (source.events.length > peerMaxEvents) return null;
  const written = writePeerPages(DIST, name, source.events, label);
  if (written.skipped > 0) log(`peers (${label}): ${written.skipped} events have no date to place`);
  return written.pages;
}

export function prepareTargets(
  sizes: readonly number[],
  seed: number,
  appDir: string,
  peerMaxEvents: number,
): Target[] {
  mkdirSync(join(DIST, 'data'), { recursive: true });
  copyPeerAssets(ROOT, DIST);
  const targets: Target[] = [];
  const real = readReal(join(appDir, 'data/timeline.json'));
  const realFloor = `floor-real-${real.events.length}.html`;
  writeFloorPage(join(DIST, realFloor), floorEventsOf(real), 'FLOOR (real dataset)');
  const realName = `real-${real.events.length}`;
  targets.push({
    label: `real ${real.events.length}`,
    real: true,
    events: real.events.length,
    appPath: '/',
    floorPath: `/${realFloor}`,
    dataFiles: ['data/timeline.json', 'data/article.txt'],
    hasReleases: real.events.some((e) => e.kind === 'release'),
    peers: peersFor(real, realName, 'real dataset', peerMaxEvents),
  });
  for (const n of sizes) {
    const started = Date.now();
    const written = writeDataset(n, seed, join(OUT, `synthetic-${n}.json`));
    const json = basename(written.jsonPath);
    const article = basename(written.articlePath);
    copyFileSync(written.jsonPath, join(DIST, 'data', json));
    copyFileSync(written.articlePath, join(DIST, 'data', article));
    const floor = `floor-${n}.html`;
    writeFloorPage(join(DIST, floor), floorEventsOf(written.dataset), `FLOOR (${n} events)`);
    const peers = peersFor(written.dataset, String(n), `${n} events`, peerMaxEvents);
    log(
      `generated synthetic-${n} (+ article, floor${peers ? ', peer pages' : ''}) in ` +
        `${Date.now() - started} ms`,
    );
    targets.push({
      label: n.toLocaleString('en-US'),
      real: false,
      events: n,
      appPath: `/?data=data/${json}`,
      floorPath: `/${floor}`,
      dataFiles: [`data/${json}`, `data/${article}`],
      hasReleases: written.dataset.events.some((e) => e.kind === 'release'),
      peers,
    });
  }
  return targets;
}
