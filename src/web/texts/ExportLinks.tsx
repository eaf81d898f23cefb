import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl, type TextViewData } from './api.ts';

export function ExportLinks({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const n = doc.revision.number;
  const formats = [
    ['docx', t('texts.export.docx')],
    ['pdf', t('texts.export.pdf')],
  ] as const;
  return (
    <Stack gap="xs" component="section" aria-labelledby="export-title">
      <Title order={3} id="export-title">
        {t('texts.export.title', { n })}
      </Title>
      <Group gap="xs">
        {formats.map(([format, name]) => (
          <Button
            key={format}
            component="a"
            variant="light"
            href={exportUrl(doc.id, n, format, 'clean')}
            download
          >
            {t('texts.export.clean', { format: name })}
          </Button>
        ))}
        {n > 1 &&
          formats.map(([format, name]) => (
            <Button
              key={`r-${format}`}
              component="a"
              variant="light"
              href={exportUrl(doc.id, n, format, 'redline', n - 1)}
              download
            >
              {t('texts.export.redline', { format: name, m: n - 1 })}
            </Button>
          ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('texts.export.pdfNote')}
      </Text>
    </Stack>
  );
}
