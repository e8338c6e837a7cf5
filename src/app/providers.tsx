import { useState } from 'react';
import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ErrorBoundary } from './error-boundary';
import { makeQueryClient } from './query-client';

/** `client`: one made before the first render (main.tsx starts the dataset query with it). */
export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [ownClient] = useState(() => client ?? makeQueryClient());
  return (
    <QueryClientProvider client={ownClient}>
      <ErrorBoundary>{children}</ErrorBoundary>
    </QueryClientProvider>
  );
}
