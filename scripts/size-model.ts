/**
 * The pure half of `npm run size`: which package or source folder each byte of a chunk belongs
 * to (from rollup-plugin-visualizer's raw data, measured through the chunks' source maps), and
 * the text treemap printed from it.
 */
import { z } from 'zod';

/** The part of rollup-plugin-visualizer's `raw-data` template that the report reads. */
const statsSchema = z.object({
  nodeParts: z.record(z.string(), z.object({ renderedLength: z.number() })),
  nodeMetas: z.record(
    z.string(),
    z.object({ id: z.string(), moduleParts: z.record(z.string(), z.string()) }),
  ),
});
export type VisualizerStats = z.infer<typeof statsSchema>;

export function parseStats(json: unknown): VisualizerStats {
  return statsSchema.parse(json);
}

/**
 * Where a module's bytes are charged: its npm package (the innermost, for a nested one), else
 * its folder under src/ (a feature's own folder), else Vite's runtime glue.
 */
export function groupOf(id: string): string {
  const nested = id.lastIndexOf('/node_modules/');
  const innermost =
    nested >= 0 ? /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.slice(nested)) : null;
  if (innermost?.[1]) return innermost[1];
  const source = /\/src\/((?:features|data|domain)\/[^/]+|[^/]+)\//.exec(id);
  if (source?.[1]) return `src/${source[1]}`;
  if (/\/src\/[^/]+$/.test(id)) return 'src';
  return '(vite runtime)';
}

/** Minified bytes per group, per chunk file ("assets/index-….js"). */
export function bytesByChunk(stats: VisualizerStats): Map<string, Map<string, number>> {
  const chunks = new Map<string, Map<string, number>>();
  for (const meta of Object.values(stats.nodeMetas)) {
    const group = groupOf(meta.id);
    for (const [chunk, uid] of Object.entries(meta.moduleParts)) {
      const bytes = stats.nodeParts[uid]?.renderedLength ?? 0;
      if (bytes === 0) continue;
      const groups = chunks.get(chunk) ?? new Map<string, number>();
      groups.set(group, (groups.get(group) ?? 0) + bytes);
      chunks.set(chunk, groups);
    }
  }
  return chunks;
}

export interface GroupCost {
  readonly group: string;
  /** Minified bytes the source map gives this group. */
  readonly bytes: number;
  /** Its share of the chunk's real gzip size (gzip is measured per file, not per module). */
  readonly gzip: number;
}

/** What no source map claims: export lists, chunk imports, the source-map comment. */
export const UNMAPPED = '(chunk glue)';

/**
 * A chunk's groups, largest first, each given the chunk's gzip bytes in proportion to its
 * minified bytes; what no module claims is listed as glue, so the rows add up to the file.
 */
export function costsOf(
  groups: ReadonlyMap<string, number>,
  chunkBytes: number,
  chunkGzip: number,
): GroupCost[] {
  const rows = [...groups].map(([group, bytes]) => ({ group, bytes }));
  const mapped = rows.reduce((sum, row) => sum + row.bytes, 0);
  if (chunkBytes > mapped) rows.push({ group: UNMAPPED, bytes: chunkBytes - mapped });
  const total = Math.max(chunkBytes, mapped);
  return rows
    .map((row) => ({ ...row, gzip: total > 0 ? Math.round((chunkGzip * row.bytes) / total) : 0 }))
    .sort((a, b) => b.bytes - a.bytes || a.group.localeCompare(b.group));
}

export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** A bar of `width` cells for `part` of `whole`, drawn with block characters. */
export function bar(part: number, whole: number, width = 24): string {
  const cells = whole > 0 ? Math.round((part / whole) * width) : 0;
  return '█'.repeat(Math.min(width, cells)).padEnd(width, '·');
}
