import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../api/client.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { QueryView } from './QueryView.tsx';

function Thing() {
  const query = useQuery({
    queryKey: ['thing'],
    queryFn: () => api.get<{ name: string }>('/api/thing'),
  });
  return <QueryView query={query}>{(d) => <p>Got {d.name}</p>}</QueryView>;
}

async function show(first: Reply, then: Reply = ok({ name: 'it' })) {
  let calls = 0;
  const api = stubApi([
    { method: 'GET', path: '/api/thing', reply: () => (++calls === 1 ? first : then) },
  ]);
  const rendered = await renderWithProviders(<Thing />);
  return { api, ...rendered };
}

describe('QueryView', () => {
  it('offers to try again after a server fault, and shows the answer once it comes', async () => {
    const { user } = await show(apiError(503, 'internal', 'down'));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText('Got it')).toBeTruthy());
  });

  it('offers no second try for a refusal, which would only be refused again', async () => {
    await show(apiError(404, 'not_found', 'Thing not found'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
