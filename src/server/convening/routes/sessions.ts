import { IdParams } from '../../../core/schemas/common.ts';
import {
  ChangeSessionFormatCommand,
  RecordAttendanceCommand,
  RoundView,
} from '../../../core/convening/schemas.ts';
import { roundViewFor } from '../present-round.ts';
import { changeSessionFormat } from '../change-session-format.ts';
import { recordSessionAttendance } from '../record-session-attendance.ts';
import { roundOf, signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const response = { 200: RoundView };

const changeSessionFormatRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/sessions/:id/format',
    {
      config: { guard: { action: 'session.changeFormat', scope: { session: 'id' } } },
      schema: {
        operationId: 'changeSessionFormat',
        tags: ['convening'],
        summary: 'Change a session’s format',
        description:
          'Before the session starts, a convener changes its format with a reason. The channel of the old format closes (readable as an archive); the new format’s opens.',
        params: IdParams,
        body: ChangeSessionFormatCommand,
        response,
      },
    },
    async (req) => {
      await changeSessionFormat(ctx, signedIn(req).userId, roundOf(req), req.params.id, req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const recordAttendanceRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/sessions/:id/attendance',
    {
      config: { guard: { action: 'session.recordAttendance', scope: { session: 'id' } } },
      schema: {
        operationId: 'recordAttendance',
        tags: ['convening'],
        summary: 'Record attendance',
        description:
          'Takes a session’s attendance from one list: each named participant present, absent, declined or walked out, all or none of them (one record event each). Participants left out keep what they had. For conveners, the host and the secretariat.',
        params: IdParams,
        body: RecordAttendanceCommand,
        response,
      },
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

export const sessionRoutes = allRoutes(changeSessionFormatRoute, recordAttendanceRoute);
