import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 250;

export interface SearchBoxProps {
  readonly value: string;
  readonly onCommit: (q: string) => void;
}

/** Search text, written to the URL a moment after typing stops (not on every key). */
export function SearchBox({ value, onCommit }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const latest = useRef(onCommit);
  useEffect(() => {
    latest.current = onCommit;
  });

  // Back/Forward or Reset change the URL under us: follow it (React's "adjust state while
  // rendering" pattern, so there is no extra effect pass).
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return undefined;
    const timer = window.setTimeout(() => {
      latest.current(text);
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [text, value]);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="ct-search" className="text-sm font-semibold">
        Search
      </label>
      <input
        id="ct-search"
        type="search"
        value={text}
        maxLength={200}
        placeholder="Title, summary, place or quote"
        className="rounded-md border border-edge bg-surface px-2 py-1.5"
        onChange={(e) => {
          setText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') latest.current(text);
        }}
      />
    </div>
  );
}
