import { IdParams } from '../../../core/schemas/common.ts';
import {
  ChangeSessionFormatCommand,
  RecordAttendanceCommand,
  RoundView,
} from '../../../core/schemas/rounds.ts';
import { roundViewFor } from '../../use-cases/present-round.ts';
import { changeSessionFormat, recordSessionAttendance } from '../../use-cases/sessions.ts';
import { errorResponses, roundOf, signedIn, type RoutePlugin } from '../types.ts';

const response = { 200: RoundView, ...errorResponses };

export const sessionRoutes: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/sessions/:id/format',
    {
      config: { guard: { action: 'session.changeFormat', scope: { session: 'id' } } },
      schema: { tags: ['sessions'], params: IdParams, body: ChangeSessionFormatCommand, response },
    },
    async (req) => {
      await changeSessionFormat(ctx, signedIn(req).userId, roundOf(req), req.params.id, req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );

  app.put(
    '/api/sessions/:id/attendance',
    {
      config: { guard: { action: 'session.recordAttendance', scope: { session: 'id' } } },
      schema: { tags: ['sessions'], params: IdParams, body: RecordAttendanceCommand, response },
    },
    async (req) => {
      await recordSessionAttendance(
        ctx,
        signedIn(req).userId,
        roundOf(req),
        req.params.id,
        req.body,
      );
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};
