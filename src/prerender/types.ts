/** What the build gives the prerender and gets back (src/prerender/render-pages.tsx). */
export interface PrerenderInput {
  /** data/timeline.json's bytes. */
  readonly dataset: Uint8Array<ArrayBuffer>;
  /** A stored text's bytes by its path relative to the page (`data/article.txt`), or null. */
  readonly readFile: (path: string) => Uint8Array<ArrayBuffer> | null;
}

export interface PrerenderedPage {
  /** The markup of each prerendered view's root element. */
  readonly full: string;
  readonly embed: string;
  /** The JSON text of the default dataset's snapshot. */
  readonly snapshot: string;
  /** The boot script, as the text of an inline <script>. */
  readonly bootScript: string;
}

export interface PrerenderModule {
  readonly renderPages: (input: PrerenderInput) => Promise<PrerenderedPage>;
}
