/** Escapes a query for a RegExp; runs of spaces match any whitespace (the article has NBSPs). */
function toPattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(${body})`, 'giu');
}

/** Text with every case-insensitive match of `query` wrapped in <mark>. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const pattern = toPattern(query);
  if (!pattern) return <>{text}</>;
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="rounded bg-highlight text-ink" data-testid="search-match">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
