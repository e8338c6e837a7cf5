import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventById, loadMultiSource } from '../../test/multi-source-fixture';
import { StepCaption } from './step-caption';

const dataset = loadMultiSource();

describe('StepCaption', () => {
  it('says the sources disagree, with their range, and names the reading as the analyst’s', () => {
    const event = eventById(dataset, 'release-korven-pass');
    render(<StepCaption step={{ event, caption: null }} sources={dataset.sources} />);
    expect(screen.getByTestId('step-dispute')).toHaveTextContent('Sources disagree: 12–14');
    expect(screen.getByTestId('step-caption')).toHaveTextContent(
      "Analyst's reading: 12 Arland people · held by Belmark",
    );
  });

  it('credits the first claim to its speaker and its source’s publisher', () => {
    const event = eventById(dataset, 'release-korven-pass');
    render(<StepCaption step={{ event, caption: null }} sources={dataset.sources} />);
    expect(screen.getByRole('figure')).toHaveTextContent(
      "— Belmark's ministry, as reported by the Courier · Northwind Courier",
    );
  });

  it('gives an undisputed event’s count plainly', () => {
    const event = eventById(dataset, 'capture-korven-pass');
    render(<StepCaption step={{ event, caption: null }} sources={dataset.sources} />);
    expect(screen.queryByTestId('step-dispute')).toBeNull();
    expect(screen.getByTestId('step-caption')).toHaveTextContent(
      '20 Arland people · held by Belmark',
    );
    expect(screen.getByTestId('step-caption')).not.toHaveTextContent('Analyst');
  });
});
