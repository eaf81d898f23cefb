import { CloseButton, Group, Input, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment, type UploadedFile } from './api.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';

/** The files uploaded for the next message of a channel, one after the other. */
export function useAttachments(channelId: string) {
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);

  const attach = async (picked: File[]) => {
    setUploadError(null);
    setUploading(true);
    try {
      for (const file of picked) {
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

export function AttachmentPicker({
  attachments,
}: {
  attachments: ReturnType<typeof useAttachments>;
}) {
  const { t } = useTranslation();
  const fileInputId = useId();
  const { files, uploading, uploadError } = attachments;
  return (
    <>
      <Input.Wrapper
        label={t('talks.composer.attach')}
        description={uploading ? t('talks.composer.uploading') : t('talks.composer.attachHint')}
        labelProps={{ htmlFor: fileInputId }}
      >
        <input
          id={fileInputId}
          type="file"
          multiple
          disabled={uploading || files.length >= 5}
          onChange={(e) => {
            const picked = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void attachments.attach(picked);
          }}
        />
      </Input.Wrapper>
      {uploadError !== null && <ErrorAlert error={uploadError} />}
      {files.length > 0 && (
        <Group gap="xs">
          {files.map((f) => (
            <Group key={f.id} gap={4} wrap="nowrap">
              <Text size="sm" dir="auto">
                {f.filename}
              </Text>
              <CloseButton
                size="sm"
                aria-label={t('talks.composer.removeFile', { name: f.filename })}
                onClick={() => attachments.remove(f.id)}
              />
            </Group>
          ))}
        </Group>
      )}
    </>
  );
}
