/**
 * A web page where a text file was asked for. Static hosts (and `vite preview`) answer a missing
 * path with the app's own index.html and status 200: taken as the article, every quote would
 * "not occur" in it. Known by its Content-Type, or by how the body starts when the type lies.
 */
export function isHtmlType(contentType: string | null): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(contentType ?? '');
}

/** The body starts (after a BOM and white space) with `<!doctype html` or `<html`. */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*<(!doctype\s+html|html)[\s>]/i.test(text);
}
