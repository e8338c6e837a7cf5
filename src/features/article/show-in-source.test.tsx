import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Claim, SourceInfo } from '../../domain/types';
import { eventById, loadMultiSource } from '../../test/multi-source-fixture';
import { ArticleNotice } from './article-notice';
import { ShowInSource } from './show-in-source';

const MINISTRY_LINK =
  'https://example.org/belmark/statement-2019-05-20#:~:text=20%20May%202019.-,Twelve%20servicemen%20of%20Arland%20were%20released%20on%20humanitarian%20grounds.,-The%20Ministry';

function claimsOf(unloaded: readonly string[] = []) {
  const dataset = loadMultiSource(unloaded);
  const claims = eventById(dataset, 'release-korven-pass').claims;
  const sourceOf = (claim: Claim) => dataset.sources.find((s) => s.id === claim.sourceId) ?? null;
  return { claims, sourceOf };
}

function renderAction(claim: Claim, source: SourceInfo | null, describedBy?: string) {
  const onShow = vi.fn<(claim: Claim) => void>();
  render(
    <>
      <p id="why">Could not load it.</p>
      <ShowInSource claim={claim} source={source} onShow={onShow} describedBy={describedBy} />
    </>,
  );
  return onShow;
}

describe('ShowInSource', () => {
  it('opens a stored text at the quote', async () => {
    const { claims, sourceOf } = claimsOf();
    const [courier] = claims;
    if (!courier) throw new Error('fixture changed');
    const onShow = renderAction(courier, sourceOf(courier));
    await userEvent.click(screen.getByRole('button', { name: 'Show in source' }));
    expect(onShow).toHaveBeenCalledWith(courier);
  });

  it('is disabled, with the reason as its description, when the text could not be loaded', () => {
    const { claims, sourceOf } = claimsOf(['harbor-watch']);
    const harbor = claims[2];
    if (!harbor) throw new Error('fixture changed');
    renderAction(harbor, sourceOf(harbor), 'why');
    const button = screen.getByRole('button', { name: 'Show in source' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Could not load it.');
    expect(screen.getByText('(its text could not be loaded)')).toBeInTheDocument();
  });

  it('links a source cited, not stored, to its page at the quote, in a new tab', () => {
    const { claims, sourceOf } = claimsOf();
    const ministry = claims[1];
    if (!ministry) throw new Error('fixture changed');
    renderAction(ministry, sourceOf(ministry));
    const link = screen.getByRole('link', { name: /^Show in source/ });
    expect(link).toHaveAttribute('href', MINISTRY_LINK);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says "Source cited, not stored" when there is neither a text nor an address', () => {
    const { claims, sourceOf } = claimsOf();
    const ministry = claims[1];
    const source = ministry && sourceOf(ministry);
    if (!ministry || !source) throw new Error('fixture changed');
    renderAction(ministry, { ...source, url: null });
    expect(screen.getByText('Source cited, not stored')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('draws no link for an address that is not http(s)', () => {
    const { claims, sourceOf } = claimsOf();
    const ministry = claims[1];
    const source = ministry && sourceOf(ministry);
    if (!ministry || !source) throw new Error('fixture changed');
    renderAction(ministry, { ...source, url: 'javascript:alert(1)' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Source cited, not stored')).toBeInTheDocument();
  });
});

describe('ArticleNotice', () => {
  it('names the one source whose text could not be loaded', () => {
    render(<ArticleNotice sources={loadMultiSource(['courier']).sources} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Quotes from Northwind Courier, “Belmark frees prisoners after talks”, are shown as the dataset gives them; they could not be checked against its text, because it could not be loaded. Could not load courier.txt (HTTP 404).',
    );
  });

  it('names each source, one by one, when several could not be loaded', () => {
    render(<ArticleNotice sources={loadMultiSource(['courier', 'harbor-watch']).sources} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'The texts of 2 sources could not be loaded:',
    );
    expect(screen.getAllByTestId('unloaded-source').map((li) => li.textContent)).toEqual([
      expect.stringContaining(
        'Quotes from Northwind Courier, “Belmark frees prisoners after talks”,',
      ),
      expect.stringContaining('Quotes from Harbor Rights Watch, “Detention update, June 2019”,'),
    ]);
  });

  it('says nothing when every stored text was loaded', () => {
    render(<ArticleNotice sources={loadMultiSource().sources} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
