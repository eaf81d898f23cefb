import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  List,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalUrl, useOpenAdoption, useSignText, type TextViewData } from './api.ts';
import { dateLocale, formatInstant } from '../shared/lib/time.ts';
import { participantName } from './model.ts';
import { UserText } from '../shared/components/UserText.tsx';
import { MutationError } from './MutationError.tsx';

type Adoption = NonNullable<TextViewData['adoption']>;
type SignText = ReturnType<typeof useSignText>;

export function AdoptionPanel({ doc, past }: { doc: TextViewData; past: boolean }) {
  const { t } = useTranslation();
  const adoption = doc.adoption;
  const sign = useSignText(doc);
  return (
    <Card withBorder component="section" aria-labelledby="adoption-title">
      <Stack gap="sm">
        <Title order={3} id="adoption-title">
          {t('texts.adoption.title')}
        </Title>
        <AdoptionState adoption={adoption} />
        <AdoptionHash doc={doc} />
        {sign.isError && <MutationError error={sign.error} />}
        {adoption !== null && <Signatures doc={doc} adoption={adoption} sign={sign} />}
        {adoption === null && !past && doc.viewer.penholder && <OpenAdoptionForm doc={doc} />}
      </Stack>
    </Card>
  );
}

/** Whether the text is adopted, awaits signatures, or has no adoption open. */
function AdoptionState({ adoption }: { adoption: Adoption | null }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  if (adoption === null) return <Text size="sm">{t('texts.adoption.none')}</Text>;
  return (
    <Text fw={600}>
      {adoption.adoptedAt !== null
        ? t('texts.adoption.adoptedAt', { time: formatInstant(adoption.adoptedAt, locale) })
        : t('texts.adoption.awaiting')}
      {' · '}
      {t('texts.revisionShort', { n: adoption.revision })}
    </Text>
  );
}

/** The hash signed (or of the revision shown) and a link to the canonical text it covers. */
function AdoptionHash({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const adoption = doc.adoption;
  const hashRevision = adoption?.revision ?? doc.revision.number;
  return (
    <>
      <div>
        <Text size="sm" fw={500} id="hash-label">
          {t('texts.adoption.hash')}
        </Text>
        <Code
          block
          className="parley-hash"
          aria-labelledby="hash-label"
          data-hash={adoption?.hash ?? doc.revision.hash}
          fz={adoption === null ? 'sm' : 'lg'}
          // A hash has no spaces: on a phone it breaks anywhere rather than run off the screen.
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        >
          {adoption?.hash ?? doc.revision.hash}
        </Code>
      </div>
      <Anchor href={canonicalUrl(doc.id, hashRevision)} target="_blank" rel="noopener" size="sm">
        {t('texts.adoption.canonical', { n: hashRevision })}
      </Anchor>
    </>
  );
}

/** Who is to sign and who has, with a button per party the viewer signs for. */
function Signatures({
  doc,
  adoption,
  sign,
}: {
  doc: TextViewData;
  adoption: Adoption;
  sign: SignText;
}) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  return (
    <>
      <Text size="sm" fw={500}>
        {t('texts.adoption.signatories')}
      </Text>
      <List size="sm" spacing={4}>
        {adoption.signatories.map((id) => {
          const signed = adoption.signatures.find((s) => s.participantId === id);
          return (
            <List.Item key={id}>
              <UserText>{participantName(doc, id)}</UserText>
              {' — '}
              {signed !== undefined
                ? t('texts.adoption.signedAt', { time: formatInstant(signed.signedAt, locale) })
                : t('texts.adoption.notSigned')}
            </List.Item>
          );
        })}
      </List>
      {doc.viewer.signsFor.length > 0 && (
        <Stack gap={4}>
          <Text size="sm">{t('texts.adoption.signHint', { n: adoption.revision })}</Text>
          <Group gap="xs">
            {doc.viewer.signsFor.map((id) => (
              <Button
                key={id}
                loading={sign.isPending}
                onClick={() => sign.mutate({ participantId: id, hash: adoption.hash })}
              >
                {t('texts.adoption.sign', { party: participantName(doc, id) })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </>
  );
}

function OpenAdoptionForm({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const open = useOpenAdoption(doc);
  const [signatories, setSignatories] = useState<string[]>(
    doc.participants.filter((p) => p.capacity === 'sponsor').map((p) => p.id),
  );
  const agreed = doc.state === 'agreed';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate({ revision: doc.currentRevision, signatories });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={4}>{t('texts.adoption.openTitle', { n: doc.currentRevision })}</Title>
        {open.isError && <MutationError error={open.error} />}
        {!agreed && <Text size="sm">{t('texts.adoption.notAgreed')}</Text>}
        <Checkbox.Group
          label={t('texts.adoption.chooseSignatories')}
          value={signatories}
          onChange={setSignatories}
        >
          <Group gap="md" mt={4}>
            {doc.participants.map((p) => (
              <Checkbox key={p.id} value={p.id} label={p.name} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group>
          <Button
            type="submit"
            disabled={!agreed || signatories.length === 0}
            loading={open.isPending}
          >
            {t('texts.adoption.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
