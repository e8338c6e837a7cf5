import { createContext, useContext, useEffect } from 'react';
import { PRODUCT_NAME, PRODUCT_TITLE } from './product';

/** The dataset's own title, for every header under it (a briefing may still give its own). */
export const DatasetTitle = createContext<string>(PRODUCT_TITLE);

/** The title the header shows: the one given, else the dataset's. */
export function useShellTitle(title: string | undefined): string {
  const datasetTitle = useContext(DatasetTitle);
  return title ?? datasetTitle;
}

/** What the browser's tab, history and bookmarks say: the dataset first, then the product. */
export function documentTitleOf(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' ? PRODUCT_NAME : `${trimmed} — ${PRODUCT_NAME}`;
}

/** Names the tab after the dataset while it is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = documentTitleOf(title);
  }, [title]);
}
