import { Anchor, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadedFile } from './api.ts';

export const sizeOf = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A message's files: name and size to download; the SHA-256, to compare copies, one click away. */
export function AttachmentList({ files }: { files: readonly UploadedFile[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Stack
      gap={2}
      component="ul"
      aria-label={t('talks.attachments')}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {files.map((f) => (
        <Group component="li" key={f.id} gap={6} wrap="nowrap">
          <Anchor
            size="sm"
            href={`/api/attachments/${encodeURIComponent(f.id)}`}
            download={f.filename}
          >
            <bdi dir="auto">{t('talks.download', { name: f.filename, size: sizeOf(f.size) })}</bdi>
          </Anchor>
          <Popover withArrow>
            <Popover.Target>
              <Button size="compact-xs" variant="subtle" color="gray">
                SHA-256
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }} maw={280}>
                {f.sha256}
              </Text>
            </Popover.Dropdown>
          </Popover>
        </Group>
      ))}
    </Stack>
  );
}
