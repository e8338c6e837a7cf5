/**
 * The id rule of the data format: lowercase ASCII letters and digits in words joined by single
 * hyphens (`release-32-servicemen`). Event ids, attribution keys and the URL's `source=` all
 * follow it, so an id written in a file, a briefing or a link is spelt one way.
 * (Holders are slugged in any script instead: see slugify in domain/side.ts.)
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
