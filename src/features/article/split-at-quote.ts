/** The article in three parts around a quote, by code-point offsets (as the data gives them). */
export function splitAtQuote(
  article: string,
  start: number,
  end: number,
): [string, string, string] {
  const chars = Array.from(article);
  return [
    chars.slice(0, start).join(''),
    chars.slice(start, end).join(''),
    chars.slice(end).join(''),
  ];
}
