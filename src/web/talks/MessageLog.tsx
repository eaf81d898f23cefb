import { Box, Button, Divider, Stack, Text } from '@mantine/core';
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView, RoundView } from '../shared/api/types.ts';
import { dateLocale, formatDay } from '../shared/lib/time.ts';
import { MessageItem, type MessageItemProps } from './MessageItem.tsx';
import { useSourceLookup } from './sources.ts';
import { threadOf } from './thread.ts';

export type MessageActions = Pick<MessageItemProps, 'onReply' | 'onCorrect' | 'narrowing'>;

interface Props {
  round: RoundView;
  messages: MessageView[];
  actionsFor: (m: MessageView) => MessageActions;
  /** Where unread messages began when the channel was opened; null when all was read. */
  firstUnread: number | null;
  myUserId: string | undefined;
}

/** Within this many pixels of the bottom, new messages keep the log scrolled to the newest. */
const NEAR_BOTTOM = 80;

/**
 * The channel's messages as a messenger shows them: by day, one header per run of a sender, a line
 * before the first unread message. It opens at that line (or at the newest), follows new messages
 * while the reader is at the bottom, and otherwise offers to jump down.
 */
export function MessageLog({ round, messages, actionsFor, firstUnread, myUserId }: Props) {
  const { t, i18n } = useTranslation();
  const lookup = useSourceLookup(round);
  const byId = useMemo(() => new Map(messages.map((m) => [m.id, m])), [messages]);
  const correctedBy = useMemo(() => {
    const map = new Map<string, MessageView>();
    for (const m of messages) if (m.correctionOfId !== null) map.set(m.correctionOfId, m);
    return map;
  }, [messages]);
  const items = useMemo(
    () => threadOf(messages, round.timeZone, firstUnread),
    [messages, round.timeZone, firstUnread],
  );
  const { scroller, unreadLine, atBottom, toBottom } = useFollowingScroll(messages.length);
  const locale = dateLocale(i18n.resolvedLanguage);

  return (
    <Box pos="relative" style={{ flex: 1, minHeight: 0 }}>
      <Box ref={scroller} h="100%" style={{ overflowY: 'auto' }} px={4} tabIndex={0}>
        <Stack gap={4} role="log" aria-label={t('talks.messages')} aria-live="polite" pb="sm">
          {items.map((item) => (
            <Fragment key={item.key}>
              {item.kind === 'day' && (
                <Divider
                  my="xs"
                  labelPosition="center"
                  label={<time dateTime={item.day}>{formatDay(item.day, locale)}</time>}
                />
              )}
              {item.kind === 'unread' && (
                <div ref={unreadLine}>
                  <Divider
                    my="xs"
                    color="red"
                    labelPosition="center"
                    label={t('talks.newMessages')}
                  />
                </div>
              )}
              {item.kind === 'message' && (
                <MessageItem
                  round={round}
                  message={item.message}
                  continues={item.continues}
                  own={
                    item.message.from.kind === 'participant' &&
                    item.message.from.userId === myUserId
                  }
                  byId={byId}
                  correctedBy={correctedBy.get(item.message.id)}
                  source={lookup(item.message)}
                  {...actionsFor(item.message)}
                />
              )}
            </Fragment>
          ))}
        </Stack>
      </Box>
      {!atBottom && (
        <Button
          size="xs"
          radius="xl"
          pos="absolute"
          bottom={8}
          style={{ insetInlineEnd: 12 }}
          onClick={toBottom}
        >
          {t('talks.jumpToLatest')}
        </Button>
      )}
    </Box>
  );
}

function useFollowingScroll(count: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const unreadLine = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  const [atBottom, setAtBottom] = useState(true);
  const toBottom = () => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
    setAtBottom(true);
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (!opened.current) {
      opened.current = true;
      const line = unreadLine.current;
      if (line) el.scrollTop = Math.max(0, line.offsetTop - el.offsetTop - 8);
      else el.scrollTop = el.scrollHeight;
    } else if (atBottom) el.scrollTop = el.scrollHeight;
    // Only a new message (or the first render) moves the log.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onScroll = () =>
      setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight <= NEAR_BOTTOM);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, []);
  return { scroller, unreadLine, atBottom, toBottom };
}

export function EmptyLog() {
  const { t } = useTranslation();
  return (
    <Box style={{ flex: 1, display: 'grid', placeItems: 'center' }}>
      <Text c="dimmed" size="sm">
        {t('talks.noMessages')}
      </Text>
    </Box>
  );
}
