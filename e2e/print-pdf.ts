import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's text layer as a reader's "copy" gets it: every page's runs in order. Whitespace is
 * dropped, since where a run breaks (a line's end, a ligature) says nothing of the words.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const runs: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) runs.push(item.str);
  }
  await document.destroy();
  return squash(runs.join(''));
}

/** Text without whitespace, to compare with `pdfText`. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
