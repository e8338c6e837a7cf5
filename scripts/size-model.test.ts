import { describe, expect, it } from 'vitest';
import { UNMAPPED, bar, bytesByChunk, costsOf, groupOf, parseStats } from './size-model';

describe('groupOf', () => {
  it('charges a module to its npm package, scoped or nested (the innermost one)', () => {
    expect(groupOf('/node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(groupOf('/node_modules/@tanstack/query-core/build/modern/query.js')).toBe(
      '@tanstack/query-core',
    );
    expect(groupOf('/node_modules/edtf/node_modules/nearley/lib/nearley.js')).toBe('nearley');
    // A package's own src/ folder is still the package.
    expect(groupOf('/work/node_modules/edtf/src/date.js')).toBe('edtf');
  });

  it("charges our code to its src folder, a feature's or a data area's own folder", () => {
    expect(groupOf('/src/features/timeline/layout.ts')).toBe('src/features/timeline');
    expect(groupOf('/src/data/import/xlsx.ts')).toBe('src/data/import');
    expect(groupOf('/src/data/read-body.ts')).toBe('src/data');
    expect(groupOf('/src/domain/filters/registry.ts')).toBe('src/domain/filters');
    expect(groupOf('/src/app/app.tsx')).toBe('src/app');
    expect(groupOf('/src/main.tsx')).toBe('src');
  });

  it("puts Vite's helpers and the HTML entry under its runtime", () => {
    expect(groupOf('\0vite/preload-helper.js')).toBe('(vite runtime)');
    expect(groupOf('/index.html')).toBe('(vite runtime)');
  });
});

describe('bytesByChunk', () => {
  it("adds up each chunk's bytes per group, a module split over two chunks in each", () => {
    const stats = parseStats({
      nodeParts: {
        p1: { renderedLength: 100, metaUid: 'm1' },
        p2: { renderedLength: 50, metaUid: 'm2' },
        p3: { renderedLength: 7, metaUid: 'm2' },
        p4: { renderedLength: 0, metaUid: 'm3' },
      },
      nodeMetas: {
        m1: { id: '/node_modules/d3-zoom/dist/d3-zoom.mjs', moduleParts: { 'a.js': 'p1' } },
        m2: { id: '/node_modules/d3-zoom/x.mjs', moduleParts: { 'a.js': 'p2', 'b.js': 'p3' } },
        m3: { id: '/src/app/app.tsx', moduleParts: { 'a.js': 'p4' } },
      },
    });
    const chunks = bytesByChunk(stats);
    expect([...(chunks.get('a.js') ?? [])]).toEqual([['d3-zoom', 150]]);
    expect([...(chunks.get('b.js') ?? [])]).toEqual([['d3-zoom', 7]]);
  });

  it('refuses data that is not the raw-data template', () => {
    expect(() => parseStats({ tree: {} })).toThrow();
  });
});

describe('costsOf', () => {
  it("shares the chunk's gzip out by minified bytes, largest first, the rest as glue", () => {
    const costs = costsOf(
      new Map([
        ['react', 300],
        ['src/app', 600],
      ]),
      1000,
      400,
    );
    expect(costs).toEqual([
      { group: 'src/app', bytes: 600, gzip: 240 },
      { group: 'react', bytes: 300, gzip: 120 },
      { group: UNMAPPED, bytes: 100, gzip: 40 },
    ]);
  });

  it('draws no glue row when the map claims every byte', () => {
    expect(costsOf(new Map([['react', 10]]), 10, 5)).toEqual([
      { group: 'react', bytes: 10, gzip: 5 },
    ]);
  });
});

describe('bar', () => {
  it('fills the share of its cells, never past its width', () => {
    expect(bar(1, 4, 8)).toBe('██······');
    expect(bar(9, 4, 4)).toBe('████');
    expect(bar(0, 0, 3)).toBe('···');
  });
});
