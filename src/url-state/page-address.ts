import { useSyncExternalStore } from 'react';

/**
 * The page's address as a render may read it. A prerender has no browser address: it renders
 * for the one it is given, and the page that hydrates that HTML declares its own address before
 * hydrating (only an address whose view matches the prerendered one is hydrated), so the first
 * client render reads what the server read and React finds no mismatch.
 */
let prerenderedHref = 'http://localhost/';

/** The address a prerender renders for, or (in the browser) the one being hydrated. */
export function setPrerenderedHref(href: string): void {
  prerenderedHref = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
  };
}

const browserHref = () => window.location.href;
const serverHref = () => prerenderedHref;

/** The page's full address, kept current with history changes. */
export function usePageHref(): string {
  return useSyncExternalStore(subscribe, browserHref, serverHref);
}

/** The search part of the address a prerender renders for. */
export function prerenderedSearch(): string {
  return new URL(prerenderedHref).search;
}
