// @vitest-environment-options { "url": "http://example.test/app/" }
// A page served at an address other than the one the build rendered for: nothing may differ.
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import type { Root as ReactRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { makeQueryClient } from '../app/query-client';
import { Root } from '../app/root';
import { datasetQueryOptions } from '../data/dataset-query';
import { datasetLocationOf } from '../data/dataset-url';
import { readSnapshot, SNAPSHOT_ELEMENT_ID } from '../data/default-snapshot';
import { stubResizeObserver } from '../test/stub-layout';
import { setPrerenderedHref } from '../url-state/page-address';
import { renderPages } from './render-pages';
import type { PrerenderedPage } from './types';

const encoder = new TextEncoder();
const FILES: Record<string, string> = { 'data/article.txt': articleText };

let page: PrerenderedPage;
let roots: ReactRoot[] = [];
let prerenderedFigure: Element | null = null;

beforeEach(async () => {
  stubResizeObserver();
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })),
  );
  page = await renderPages({
    dataset: encoder.encode(timelineText),
    readFile: (path) => (path in FILES ? encoder.encode(FILES[path]) : null),
  });
});

afterEach(() => {
  for (const root of roots) root.unmount();
  roots = [];
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/**
 * Hydrates the prerendered markup as main.tsx does, with React's development build (which names
 * every mismatch, attributes included, where the production build stays silent) and returns
 * what React said on the console.
 */
async function hydrate(markup: string, search: string): Promise<string[]> {
  window.history.replaceState(null, '', `/app/${search}`);
  loadBody(
    `<div id="root">${markup}</div><script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${page.snapshot}</script>`,
  );
  const snapshot = readSnapshot(document);
  if (!snapshot) throw new Error('the page carries no snapshot');
  const client = makeQueryClient();
  const location = datasetLocationOf(null, window.location.href);
  client.setQueryData(datasetQueryOptions(location).queryKey, snapshot.dataset);
  const said: string[] = [];
  const record = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // The prerender ran in this same process: React's dev build notices the server renderer's
    // mark on the contexts. A page in a browser hydrates without any server renderer beside it.
    if (!text.startsWith('Detected multiple renderers concurrently rendering')) said.push(text);
  };
  vi.spyOn(console, 'error').mockImplementation(record);
  vi.spyOn(console, 'warn').mockImplementation(record);
  setPrerenderedHref(window.location.href);
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  prerenderedFigure = container.querySelector('[data-testid="timeline"]');
  await act(async () => {
    roots.push(hydrateRoot(container, <Root client={client} />));
    // The parts that load on their own (the table, the details, the embed dialog) hydrate
    // when their code arrives: wait for those imports as the page does.
    await Promise.all([
      import('../features/event-table/event-table'),
      import('../features/embed/embed-dialog'),
      import('./render-pages'),
    ]);
  });
  return said;
}

/** The page's body as a browser parses the built index.html. */
function loadBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
}

describe('the prerendered page', () => {
  it('hydrates the full view with no mismatch', async () => {
    expect(await hydrate(page.full, '')).toEqual([]);
    // React adopted the prerendered nodes rather than drawing its own.
    expect(document.querySelector('#root [data-testid="timeline"]')).toBe(prerenderedFigure);
  });

  it('hydrates the bare embed with no mismatch', async () => {
    expect(await hydrate(page.embed, '?mode=embed')).toEqual([]);
    expect(document.querySelector('#root [data-testid="timeline"]')).toBe(prerenderedFigure);
    expect(document.querySelector('#root [data-mode="embed"]')).not.toBeNull();
  });

  it('carries the snapshot of the checked dataset and the digests of its files', () => {
    const snapshot = JSON.parse(page.snapshot) as { files: { path: string; sha256: string }[] };
    expect(snapshot.files.map((file) => file.path)).toEqual([
      'data/timeline.json',
      'data/article.txt',
    ]);
    expect(snapshot.files.every((file) => /^[0-9a-f]{64}$/.test(file.sha256))).toBe(true);
    expect(page.snapshot).not.toContain('<');
  });

  it('writes no script into the markup: the page needs none to be read', () => {
    expect(page.full).not.toMatch(/<script|<template/);
    expect(page.embed).not.toMatch(/<script|<template/);
  });
});
