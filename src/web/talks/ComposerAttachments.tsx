import {
  ActionIcon,
  CloseButton,
  Group,
  Paper,
  Popover,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment, type UploadedFile } from './api.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { sizeOf } from './AttachmentList.tsx';

const MAX_FILES = 5;

/** The files uploaded for the next message of a channel, one after the other. */
export function useAttachments(channelId: string) {
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);

  const attach = async (picked: File[]) => {
    setUploadError(null);
    setUploading(true);
    try {
      for (const file of picked.slice(0, MAX_FILES - files.length)) {
        const uploaded = await uploadAttachment(channelId, file);
        setFiles((current) => [...current, uploaded]);
      }
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploading(false);
    }
  };
  const remove = (id: string) => setFiles((current) => current.filter((x) => x.id !== id));
  const clear = () => setFiles([]);

  return { files, uploading, uploadError, attach, remove, clear };
}

type Attachments = ReturnType<typeof useAttachments>;

const PaperclipIcon = () => (
  <svg
    width="18"
    height="18"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d="M21 11.5 12.5 20a5.5 5.5 0 0 1-7.8-7.8l8.5-8.5a3.7 3.7 0 0 1 5.2 5.2l-8.5 8.5a1.8 1.8 0 0 1-2.6-2.6l7.8-7.8" />
  </svg>
);

/** A paper clip that opens the file picker; the picker itself stays out of sight (it is not translated). */
export function AttachButton({ attachments }: { attachments: Attachments }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const full = attachments.files.length >= MAX_FILES;
  return (
    <>
      <VisuallyHidden>
        <input
          ref={input}
          type="file"
          multiple
          tabIndex={-1}
          aria-label={t('talks.composer.attach')}
          disabled={attachments.uploading || full}
          onChange={(e) => {
            const picked = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void attachments.attach(picked);
          }}
        />
      </VisuallyHidden>
      <ActionIcon
        variant="subtle"
        size="input-sm"
        aria-label={t('talks.composer.attachButton')}
        title={t('talks.composer.attachHint')}
        loading={attachments.uploading}
        disabled={full}
        onClick={() => input.current?.click()}
      >
        <PaperclipIcon />
      </ActionIcon>
    </>
  );
}

/** What will go with the message: each file's name, size and type, its hash one click away. */
export function AttachmentPreviews({ attachments }: { attachments: Attachments }) {
  const { t } = useTranslation();
  const { files, uploading, uploadError } = attachments;
  if (files.length === 0 && !uploading && uploadError === null) return null;
  return (
    <Stack gap={4}>
      {uploadError !== null && <ErrorAlert error={uploadError} />}
      {uploading && (
        <Text size="xs" c="dimmed" role="status">
          {t('talks.composer.uploading')}
        </Text>
      )}
      {files.length > 0 && (
        <Group gap="xs">
          {files.map((f) => (
            <Paper key={f.id} withBorder radius="md" px="xs" py={2}>
              <Group gap={4} wrap="nowrap">
                <Popover withArrow>
                  <Popover.Target>
                    <Text
                      size="sm"
                      dir="auto"
                      component="button"
                      type="button"
                      bg="none"
                      bd="none"
                      style={{ cursor: 'pointer' }}
                    >
                      {f.filename}
                    </Text>
                  </Popover.Target>
                  <Popover.Dropdown>
                    <Text size="xs" dir="auto">
                      {t('talks.composer.fileSummary', {
                        name: f.filename,
                        size: sizeOf(f.size),
                        type: f.mediaType,
                      })}
                    </Text>
                    <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {t('talks.composer.fileHash', { hash: f.sha256 })}
                    </Text>
                  </Popover.Dropdown>
                </Popover>
                <Text size="xs" c="dimmed">
                  {sizeOf(f.size)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('talks.composer.removeFile', { name: f.filename })}
                  onClick={() => attachments.remove(f.id)}
                />
              </Group>
            </Paper>
          ))}
        </Group>
      )}
    </Stack>
  );
}
