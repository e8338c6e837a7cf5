import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's text layer as a reader's "copy" gets it: every page's runs in order. Whitespace is
 * dropped, since where a run breaks (a line's end, a ligature) says nothing of the words.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('');
}

/** The text layer page by page, whitespace dropped as in `pdfText`. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await document.destroy();
  return pages;
}

/** Text without whitespace, to compare with `pdfText`. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
