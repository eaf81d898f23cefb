import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aBracketedProvision, aProvision, aText } from '../testing/factories.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { Outline, OutlineSelect } from './Outline.tsx';
import { provisionAnchor } from './ProvisionList.tsx';

const long = 'Recalling the Ankara agreement on the cessation of hostilities of 29 December 2016,';
const doc = aText({
  revision: {
    ...aText().revision,
    provisions: [
      aProvision({
        id: 'pre-1',
        number: null,
        part: 'preamble',
        text: long,
        content: [{ type: 'agreed', text: long }],
        state: 'agreed',
      }),
      aProvision(),
      aBracketedProvision(),
    ],
  },
});

/** The provisions as the page renders them, for the outline to go to. */
function Page() {
  return (
    <>
      <Outline doc={doc} />
      <OutlineSelect doc={doc} />
      {doc.revision.provisions.map((p) => (
        <div key={p.id} id={provisionAnchor(p.id)} tabIndex={-1}>
          {p.text}
        </div>
      ))}
    </>
  );
}

describe('Outline', () => {
  it('lists every provision by its number and first words, with its state', async () => {
    await renderWithProviders(<Page />);
    const nav = screen.getByRole('navigation', { name: 'Outline' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual([
      'Preambular paragraph 1: Recalling the Ankara agreement on the cessation…',
      'Paragraph 1: The parties commit to the nationwide ceasefire',
      'Paragraph 2: Compliance is monitored by [the guarantor states…',
    ]);
    expect(
      within(nav)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-state')),
    ).toEqual(['agreed', 'open', 'open']);
  });

  it('goes to the provision chosen: into view, with the focus', async () => {
    const scrolled = vi
      .spyOn(Element.prototype, 'scrollIntoView')
      .mockImplementation(() => undefined);
    const { user } = await renderWithProviders(<Page />);
    await user.click(screen.getByRole('link', { name: /^Paragraph 2/ }));
    expect(document.activeElement?.id).toBe(provisionAnchor('prov-2'));
    expect(scrolled).toHaveBeenCalledOnce();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to a provision' }), 'prov-1');
    expect(document.activeElement?.id).toBe(provisionAnchor('prov-1'));
    scrolled.mockRestore();
  });
});
