import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  AgendaItemState,
  AgendaStance,
  Attendance,
  InvitationStatus,
} from '../../../core/vocabulary.ts';

const INVITATION_COLORS: Record<InvitationStatus, string> = {
  pending: 'blue',
  accepted: 'green',
  declined: 'red',
  withdrawn: 'gray',
};
export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={INVITATION_COLORS[status]}>
      {t(`vocab.status.${status}`)}
    </Badge>
  );
}

const ITEM_COLORS: Record<AgendaItemState, string> = {
  adopted: 'green',
  contested: 'red',
  open: 'gray',
};
export function ItemStateBadge({ state }: { state: AgendaItemState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={ITEM_COLORS[state]}>
      {t(`vocab.itemState.${state}`)}
    </Badge>
  );
}

const STANCE_COLORS: Record<AgendaStance, string> = {
  accept: 'green',
  reject: 'red',
  reserve: 'orange',
};
export function StanceBadge({ stance }: { stance: AgendaStance }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STANCE_COLORS[stance]}>
      {t(`vocab.stance.${stance}`)}
    </Badge>
  );
}

const ATTENDANCE_COLORS: Record<Attendance, string> = {
  present: 'green',
  absent: 'gray',
  declined: 'orange',
  walked_out: 'red',
};
export function AttendanceBadge({ status }: { status: Attendance }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={ATTENDANCE_COLORS[status]}>
      {t(`vocab.attendance.${status}`)}
    </Badge>
  );
}
