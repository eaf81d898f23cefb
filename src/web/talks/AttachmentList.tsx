import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadedFile } from './api.ts';

const sizeOf = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A message's files, each with its SHA-256 prefix so readers can compare copies. */
export function AttachmentList({ files }: { files: readonly UploadedFile[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <List size="sm" aria-label={t('talks.attachments')}>
      {files.map((f) => (
        <List.Item key={f.id}>
          <Anchor href={`/api/attachments/${encodeURIComponent(f.id)}`} download={f.filename}>
            <bdi dir="auto">{t('talks.download', { name: f.filename, size: sizeOf(f.size) })}</bdi>
          </Anchor>{' '}
          <Text span size="xs" c="dimmed" ff="monospace">
            {f.sha256.slice(0, 12)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
