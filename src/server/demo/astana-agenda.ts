import type { AgendaStance } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import { proposeAgendaItem } from '../convening/propose-agenda-item.ts';
import { setStance } from '../convening/set-agenda-stance.ts';
import type { Cast } from './astana-actors.ts';
import type { Seating } from './astana-round.ts';
import { astana, type Stage } from './astana-stage.ts';

type Track = 'ceasefire' | 'humanitarian' | 'political';

/** Each item: its track, the government's stance (none stated: null), the opposition's and why. */
const AGENDA: [string, Track, AgendaStance | null, AgendaStance, string][] = [
  ['Consolidating the ceasefire', 'ceasefire', 'accept', 'accept', 'Our one goal at these talks.'],
  ['Easing sieges', 'humanitarian', 'reserve', 'accept', ''],
  ['Release of detainees', 'humanitarian', 'reserve', 'accept', ''],
  ['Delivery of humanitarian aid', 'humanitarian', 'reserve', 'accept', ''],
  ['Political transition', 'political', null, 'reject', 'No political discussions at this round.'],
];

/** The sponsors propose the agenda; both parties take their stances on it. */
export async function loadAgenda({ ctx, at }: Stage, cast: Cast, seating: Seating) {
  const { roundId, sponsors } = seating;
  const russia = cast.user('russia@parley.test');
  at(astana(22, 20));
  for (const [title, track] of AGENDA) {
    await proposeAgendaItem(ctx, { userId: russia, participantIds: [sponsors[0]!] }, roundId, {
      title,
      track,
    });
  }
  const items = (await roundRepo.loadRoundAggregate(ctx.database.db, roundId))!.agenda;
  at(astana(23, 15));
  for (const [i, [, , govStance, oppStance, oppComment]] of AGENDA.entries()) {
    const itemId = items[i]!.id;
    if (govStance) {
      await setStance(ctx, cast.user('government@parley.test'), roundId, itemId, {
        participantId: seating.government,
        stance: govStance,
        comment: '',
      });
    }
    await setStance(ctx, cast.user('opposition@parley.test'), roundId, itemId, {
      participantId: seating.opposition,
      stance: oppStance,
      comment: oppComment,
    });
  }
}
