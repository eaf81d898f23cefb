import { DomainError } from '../../core/errors.ts';
import type { LiveHub } from './hub.ts';
import type { RoutePlugin } from '../http/route-types.ts';

/** The WebSocket endpoint (protocol: docs/live.md). Signed-in users only; same-site pages only. */
export const liveRoutes =
  (hub: LiveHub): RoutePlugin =>
  (app) => {
    app.get(
      '/api/live',
      {
        websocket: true,
        config: { guard: { action: 'platform.read', scope: { platform: true } } },
        schema: { hide: true },
        preHandler: async (req) => {
          const origin = req.headers.origin;
          if (origin && new URL(origin).host !== req.headers.host) {
            throw new DomainError(
              'csrf_failed',
              'The connection came from a page of another site.',
            );
          }
        },
      },
      (socket, req) => {
        if (!req.auth) return socket.close(4401, 'sign in first');
        hub.attach(socket, { userId: req.auth.userId, isOperator: req.auth.isOperator });
      },
    );
  };
