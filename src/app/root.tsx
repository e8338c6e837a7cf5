import { StrictMode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { App } from './app';
import { Providers } from './providers';

/**
 * The whole tree, as the page renders it and as the build prerenders it: one component, so the
 * HTML the build writes and the tree that hydrates it cannot drift apart.
 */
export function Root({ client }: { client: QueryClient }) {
  return (
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>
  );
}
