import { Checkbox, SimpleGrid } from '@mantine/core';
import type { RoundView } from '../../shared/api/types.ts';

interface Props {
  round: RoundView;
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
}

export function ParticipantPicker({ round, label, value, onChange }: Props) {
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
        {round.participants.map((p) => (
          <Checkbox key={p.id} value={p.id} label={<bdi dir="auto">{p.actor.name}</bdi>} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
