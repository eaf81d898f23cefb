import { Table } from '@mantine/core';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render.tsx';
import { FitTable } from './FitTable.tsx';

function Stances() {
  return (
    <FitTable caption="Agenda items and the stance of each party" minWidth={900}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Agenda item</Table.Th>
          <Table.Th scope="col">Government</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row">Consolidating the ceasefire</Table.Th>
          <Table.Td data-label="Government">Accept</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </FitTable>
  );
}

/** Lays the scroller out as a browser would: `width` wide, holding `content` px of table. */
function layOut(scroller: HTMLElement, width: number, content: number, scrollLeft = 0) {
  Object.defineProperty(scroller, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(scroller, 'scrollWidth', { configurable: true, value: content });
  Object.defineProperty(scroller, 'scrollLeft', { configurable: true, value: scrollLeft });
  act(() => {
    fireEvent.scroll(scroller);
  });
}

describe('FitTable', () => {
  it('is a table named by its caption, each body cell naming its column for the phone’s cards', async () => {
    await renderWithProviders(<Stances />);
    const table = screen.getByRole('table', { name: 'Agenda items and the stance of each party' });
    expect(table.querySelector('td')?.getAttribute('data-label')).toBe('Government');
    // Nothing scrolls yet: no region to reach by keyboard.
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('when the table is wider than its frame: a region to scroll by keyboard, a cue where more columns are', async () => {
    const { container } = await renderWithProviders(<Stances />);
    const scroller = container.querySelector<HTMLElement>('.parley-fit-scroll')!;
    const frame = container.querySelector<HTMLElement>('.parley-fit-frame')!;

    layOut(scroller, 600, 900);
    const region = screen.getByRole('region', {
      name: 'Agenda items and the stance of each party',
    });
    expect(region.tabIndex).toBe(0);
    expect(region.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(region.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Scroll sideways to see every column.',
    );
    expect(frame.hasAttribute('data-more-end')).toBe(true);
    expect(frame.hasAttribute('data-more-start')).toBe(false);

    // Scrolled to the far end (in a right-to-left page scrollLeft runs negative, hence its size).
    layOut(scroller, 600, 900, -300);
    expect(frame.hasAttribute('data-more-end')).toBe(false);
    expect(frame.hasAttribute('data-more-start')).toBe(true);
  });
});
