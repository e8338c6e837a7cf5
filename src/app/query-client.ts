import { QueryClient } from '@tanstack/react-query';

/** The dataset is a static file: fetch once, never refetch behind the reader's back. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 'static' },
    },
  });
}
