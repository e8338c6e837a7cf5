import { prerender } from 'react-dom/static';
import { makeQueryClient } from '../app/query-client';
import { Root } from '../app/root';
import { textRequestsOf } from '../data/dataset-body';
import { datasetQueryOptions } from '../data/dataset-query';
import { datasetLocationOf } from '../data/dataset-url';
import { serializeSnapshot, sha256Hex } from '../data/default-snapshot';
import type { DefaultSnapshot, FileDigest } from '../data/default-snapshot';
import { parseDataset } from '../data/parse-dataset';
import type { Dataset, SourceText } from '../domain/types';
import { setPrerenderedHref } from '../url-state/page-address';
import { boot } from './boot';
import type { PrerenderedPage, PrerenderInput } from './types';

/** Where the prerender pretends to be served from: only relative addresses reach the HTML. */
const PRERENDER_ORIGIN = 'http://localhost/';
/** The default dataset's address relative to the page (DEFAULT_DATASET_PATH's file). */
const DATASET_PATH = 'data/timeline.json';

/** The views the build prerenders: the bare address and the bare embed. */
export const PRERENDERED_VIEWS = { full: '', embed: '?mode=embed' } as const;

/**
 * At build time: check the default dataset with the app's own parser (a dataset with problems
 * fails the build), then render the page as a reader with no query string and an embed would
 * first see it, with the dataset already in the query cache, as the page will have it.
 */
export async function renderPages(input: PrerenderInput): Promise<PrerenderedPage> {
  const decoder = new TextDecoder();
  const raw: unknown = JSON.parse(decoder.decode(input.dataset));
  const datasetUrl = new URL(DATASET_PATH, PRERENDER_ORIGIN).href;
  const files: FileDigest[] = [{ path: DATASET_PATH, sha256: await sha256Hex(input.dataset) }];
  const texts = new Map<string, SourceText>();
  for (const { sourceId, url } of textRequestsOf(raw, datasetUrl)) {
    const path = new URL(url).pathname.slice(1);
    const bytes = input.readFile(path);
    if (!bytes) throw new Error(`${DATASET_PATH}: its stored text ${path} is missing`);
    texts.set(sourceId, { status: 'loaded', text: decoder.decode(bytes) });
    if (!files.some((file) => file.path === path)) {
      files.push({ path, sha256: await sha256Hex(bytes) });
    }
  }
  const outcome = parseDataset(raw, texts);
  if (!outcome.ok) throw new Error(`${DATASET_PATH}: ${outcome.problems.join('; ')}`);
  const snapshot: DefaultSnapshot = { files, dataset: outcome.dataset };
  return {
    full: await renderView(PRERENDERED_VIEWS.full, outcome.dataset),
    embed: await renderView(PRERENDERED_VIEWS.embed, outcome.dataset),
    snapshot: serializeSnapshot(snapshot),
    bootScript: `(${boot.toString()})();`,
  };
}

async function renderView(search: string, dataset: Dataset): Promise<string> {
  const html = await renderHtml(search, dataset);
  // A part written apart from the page (as a placeholder and a script that moves it in) would be
  // lost to a reader without JavaScript and refused by the page's CSP, as would a style attribute.
  if (/<script|<template| style="/.test(html)) {
    throw new Error(`the prerendered page ${search || '/'} still waits for a part to load`);
  }
  return html;
}

async function renderHtml(search: string, dataset: Dataset): Promise<string> {
  const href = new URL(search, PRERENDER_ORIGIN).href;
  setPrerenderedHref(href);
  const location = datasetLocationOf(null, href);
  if (!location.ok) throw new Error(`the default dataset's address is refused: ${location.url}`);
  const client = makeQueryClient();
  client.setQueryData(datasetQueryOptions(location).queryKey, dataset);
  // The whole page in one piece: React writes a large part apart from the page unless told not to.
  const { prelude } = await prerender(<Root client={client} />, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  return new Response(prelude).text();
}
