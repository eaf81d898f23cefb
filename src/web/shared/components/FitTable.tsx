import { Table, VisuallyHidden, type TableProps } from '@mantine/core';
import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FitTableProps extends Omit<TableProps, 'children' | 'minWidth'> {
  /** The table's name: its caption, and the name of its scrolling region. */
  caption: string;
  /** Whether the caption is for screen readers only (a heading above already says it). */
  captionHidden?: boolean;
  /** How wide the table must be to be read; on a narrower screen it scrolls sideways. */
  minWidth: number;
  /** The table's head and body. A body cell's `data-label` names it on a phone, where rows become cards. */
  children: ReactNode;
}

interface Overflow {
  start: boolean;
  end: boolean;
  keyWidth: number;
}

const NONE: Overflow = { start: false, end: false, keyWidth: 0 };

/** Where more columns are, in reading direction (RTL scrolls with a negative scrollLeft). */
function measure(scroller: HTMLElement): Overflow {
  const max = scroller.scrollWidth - scroller.clientWidth;
  const at = Math.abs(scroller.scrollLeft);
  const key = scroller.querySelector('tbody > tr > :first-child');
  return {
    start: max > 1 && at > 1,
    end: max > 1 && at < max - 1,
    keyWidth: key instanceof HTMLElement ? key.offsetWidth : 0,
  };
}

const same = (a: Overflow, b: Overflow) =>
  a.start === b.start && a.end === b.end && a.keyWidth === b.keyWidth;

/**
 * A table that fits any screen. On a phone each row becomes a card: the row header on top, each
 * cell under its column's name (global.css, `.parley-fit-*`). Wider, it scrolls sideways inside a
 * frame when it must, its first column held in place, a shadow on the side where more columns
 * wait, and a line that says so.
 */
export function FitTable({
  caption,
  captionHidden = false,
  minWidth,
  children,
  ...tableProps
}: FitTableProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>(NONE);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () =>
      setOverflow((previous) => {
        const next = measure(el);
        return same(previous, next) ? previous : next;
      });
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);

  const scrolls = overflow.start || overflow.end;
  return (
    <div
      className="parley-fit-frame"
      data-more-start={overflow.start || undefined}
      data-more-end={overflow.end || undefined}
      style={{ '--fit-key-width': `${overflow.keyWidth}px` } as CSSProperties}
    >
      <div className="parley-fit-hint" id={hintId}>
        {t('common.scrollSideways')}
      </div>
      <div
        ref={scroller}
        className="parley-fit-scroll"
        style={{ '--fit-min-width': `${minWidth}px` } as CSSProperties}
        // A region that scrolls must be reachable by keyboard to be scrolled by keyboard.
        {...(scrolls
          ? { tabIndex: 0, role: 'region', 'aria-label': caption, 'aria-describedby': hintId }
          : {})}
      >
        <Table {...tableProps}>
          {captionHidden ? (
            <caption style={{ padding: 0 }}>
              <VisuallyHidden>{caption}</VisuallyHidden>
            </caption>
          ) : (
            <caption>{caption}</caption>
          )}
          {children}
        </Table>
      </div>
    </div>
  );
}
