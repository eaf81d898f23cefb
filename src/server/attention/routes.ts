import { AttentionView } from '../../core/schemas/attention.ts';
import { readerFor } from '../http/read-as-caller.ts';
import { allRoutes, type RoutePlugin } from '../http/route-types.ts';
import { summarizeAttention } from './summarize-attention.ts';

const attentionRoute: RoutePlugin = (app) => {
  app.get(
    '/api/attention',
    {
      config: { guard: { action: 'platform.read', scope: { platform: true } } },
      schema: {
        operationId: 'getAttention',
        tags: ['attention'],
        summary: 'What needs the signed-in user',
        description:
          'Per round the caller sits in: unread messages by channel, caucus polls awaiting the caller’s vote, pending proposals on texts whose pen the caller holds, open adoptions awaiting the caller’s signature, invitations to answer. Computed by reading the API as the caller, so it counts only what the caller may see.',
        response: { 200: AttentionView },
      },
    },
    async (req) => ({ rounds: await summarizeAttention(readerFor(app, req)) }),
  );
};

export const attentionRoutes = allRoutes(attentionRoute);
