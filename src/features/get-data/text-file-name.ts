import type { SourceInfo } from '../../domain/types';

/**
 * The file a source's text is named by: a loaded text is offered as `<source id>.txt`; one that
 * could not be had keeps the name it was looked for under.
 */
export function textFileName(source: SourceInfo): string {
  if (source.text.status !== 'unavailable') return `${source.id}.txt`;
  const { url } = source.text;
  const last = url.slice(url.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || `${source.id}.txt`;
  } catch {
    // A name that was never percent-encoded (a local file called "100%.txt").
    return last;
  }
}
