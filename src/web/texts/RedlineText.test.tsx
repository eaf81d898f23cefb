import { describe, expect, it } from 'vitest';
import { aText } from '../testing/factories.ts';
import { renderWithProviders } from '../testing/render.tsx';
import type { RedlinePiece } from './model.ts';
import { brief, RedlineProvision } from './RedlineText.tsx';
import type { RedlineProvisionData } from './text-model.ts';

const word = (text: string, change: RedlinePiece['change'] = 'equal'): RedlinePiece => ({
  change,
  token: { t: 'word', text },
});
const words = (text: string, change: RedlinePiece['change'] = 'equal') =>
  text.split(' ').map((w) => word(w, change));
const provision = (
  pieces: RedlinePiece[],
  over: Partial<RedlineProvisionData> = {},
): RedlineProvisionData => ({
  provisionId: 'prov-1',
  change: 'changed',
  numberBefore: '1',
  numberAfter: '1',
  depth: 0,
  part: 'operative',
  heading: false,
  restructured: false,
  moved: false,
  text: '',
  pieces,
  ...over,
});

describe('RedlineProvision', () => {
  it('marks insertions and deletions, keeping the spaces between words outside the marks', async () => {
    const { container } = await renderWithProviders(
      <RedlineProvision
        doc={aText()}
        provision={provision([
          ...words('The parties shall'),
          word('respect', 'delete'),
          ...words('fully observe', 'insert'),
          ...words('the ceasefire'),
        ])}
      />,
    );
    expect(container.querySelector('del')!.textContent).toBe('deleted: respect');
    expect(container.querySelector('ins')!.textContent).toBe('inserted: fully observe');
    expect(container.querySelector('p[dir="auto"]')!.textContent).toBe(
      'The parties shall deleted: respect inserted: fully observe the ceasefire',
    );
  });

  it('says a provision moved, and from where', async () => {
    const { getByText } = await renderWithProviders(
      <RedlineProvision
        doc={aText()}
        provision={provision(words('The guarantors meet'), {
          moved: true,
          numberBefore: '3',
          numberAfter: '1',
        })}
      />,
    );
    expect(getByText('Moved (was 3)')).toBeTruthy();
  });

  it('leaves out far unchanged words in brief, and the proposers of options the change leaves alone', async () => {
    const option = {
      change: 'equal' as const,
      token: { t: 'option' as const, optionId: 'o1', proposerId: 'p-gov', proposalId: null },
    };
    const pieces = [
      ...words('one two three four five six seven eight'),
      option,
      word('nine', 'delete'),
      ...words('ten eleven twelve thirteen fourteen fifteen sixteen'),
    ];
    const { container } = await renderWithProviders(
      <RedlineProvision doc={aText()} provision={provision(pieces)} short />,
    );
    expect(container.querySelector('p[dir="auto"]')!.textContent).toBe(
      '… four five six seven eight deleted: nine ten eleven twelve thirteen fourteen fifteen …',
    );
  });
});

describe('brief', () => {
  it('keeps everything when nothing changed, or when the change is near both ends', () => {
    const same = words('a b c');
    expect(brief(same)).toEqual({ pieces: same, before: false, after: false });
    const near = [word('a'), word('b', 'insert'), word('c')];
    expect(brief(near)).toEqual({ pieces: near, before: false, after: false });
  });
});
