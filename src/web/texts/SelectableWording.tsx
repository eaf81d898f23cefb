import {
  Fragment,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisionData, TextViewData } from './api.ts';
import { wordsOf, wordingPlaces, type WordingPlace } from './model.ts';
import { placeKey, type WordPick } from './propose.ts';
import { Proposer } from './Wording.tsx';
import classes from './Picking.module.css';

interface Word {
  place: WordingPlace;
  key: string;
  /** Its position in its wording place. */
  at: number;
}

/** Every word of the provision in reading order, with where it lives. */
function wordsOfProvision(provision: ProvisionData): Word[] {
  return wordingPlaces(provision).flatMap((place) =>
    wordsOf(place.text).map((_, at) => ({ place, key: placeKey(place), at })),
  );
}

/** The words from `a` to `b` (indices into `words`), kept to the wording place of `a`. */
function span(words: readonly Word[], a: number, b: number): WordPick {
  const from = words[a]!;
  const same = words.flatMap((w, i) => (w.key === from.key ? [i] : []));
  const to = Math.min(Math.max(b, same[0]!), same.at(-1)!);
  const [lo, hi] = a <= to ? [a, to] : [to, a];
  return { place: from.place, start: words[lo]!.at, end: words[hi]!.at + 1 };
}

interface Props {
  doc: TextViewData;
  provision: ProvisionData;
  /** The words are buttons: the reader picks the first and the last (or extends with Shift). */
  picking: boolean;
  pick: WordPick | null;
  onPick: (pick: WordPick) => void;
  /** Enter: the words are chosen; go on to the change. */
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A provision's wording, each wording place (agreed passage, option) its own element: a selection
 * in it maps to words by its characters (word-selection.ts). While words are picked, each word is
 * its own element too, a button the keyboard moves through; a long text stays cheap to render.
 */
export function SelectableWording(props: Props) {
  const { doc, provision, picking, pick } = props;
  const { t } = useTranslation();
  // Where each word stands among all the provision's words matters only while picking.
  const words = useMemo(() => (picking ? wordsOfProvision(provision) : []), [picking, provision]);
  const keys = useMemo(() => new Map(words.map((w, i) => [`${w.key}:${w.at}`, i])), [words]);
  const control = usePicking(props, words);
  const picked = (key: string, at: number) =>
    pick !== null && placeKey(pick.place) === key && at >= pick.start && at < pick.end;
  const renderWords = (place: WordingPlace) => {
    const key = placeKey(place);
    if (!picking) return <span data-place={key}>{place.text}</span>;
    return wordsOf(place.text).map((word, at) => {
      const flat = keys.get(`${key}:${at}`);
      return (
        <Fragment key={at}>
          {at > 0 &&
            (picked(key, at - 1) && picked(key, at) ? (
              <span className={classes.word} data-picked="">
                {' '}
              </span>
            ) : (
              ' '
            ))}
          <span
            className={classes.word}
            data-w={at}
            data-place={key}
            data-flat={flat}
            data-picked={picked(key, at) ? '' : undefined}
            {...(flat !== undefined ? control.wordProps(flat, picked(key, at)) : {})}
          >
            {word}
          </span>
        </Fragment>
      );
    });
  };
  const places = wordingPlaces(provision);
  const placeOf = (optionId: string) =>
    places.find((p) => p.in === 'option' && p.optionId === optionId)!;
  return (
    <span ref={control.ref} data-picking={picking ? '' : undefined}>
      {provision.content.map((segment, i) => (
        <Fragment key={segment.type === 'bracket' ? segment.id : `a${i}`}>
          {i > 0 && ' '}
          {segment.type === 'agreed' ? (
            renderWords({ in: 'agreed', provisionId: provision.id, segment: i, text: segment.text })
          ) : (
            <span className="parley-bracket">
              [
              {segment.options.map((o, j) => (
                <Fragment key={o.id}>
                  {j > 0 && ' / '}
                  {o.kind === 'delete' ? (
                    <em className="parley-delete-option">{t('texts.deleteOption')}</em>
                  ) : (
                    renderWords(placeOf(o.id))
                  )}
                  <Proposer doc={doc} option={o} />
                </Fragment>
              ))}
              ]
            </span>
          )}
        </Fragment>
      ))}
    </span>
  );
}

/** Roving focus over the words, and what clicks and keys do while picking. */
function usePicking({ picking, pick, onPick, onConfirm, onCancel }: Props, words: readonly Word[]) {
  const ref = useRef<HTMLSpanElement>(null);
  const [focusAt, setFocusAt] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);
  // After a first word is picked, the next click picks the last one.
  const [extending, setExtending] = useState(false);
  const focus = (i: number) => {
    setFocusAt(i);
    ref.current?.querySelector<HTMLElement>(`[data-flat="${i}"]`)?.focus();
  };
  useEffect(() => {
    if (!picking) return;
    const start =
      pick === null
        ? 0
        : words.findIndex((w) => w.key === placeKey(pick.place) && w.at === pick.start);
    setAnchor(pick === null ? null : start);
    setExtending(false);
    focus(Math.max(0, start));
    // Only when picking starts: later picks move the focus themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picking]);
  const choose = (i: number, extend: boolean) => {
    if ((extend || extending) && anchor !== null) {
      onPick(span(words, anchor, i));
      setExtending(false);
    } else {
      setAnchor(i);
      setExtending(true);
      onPick(span(words, i, i));
    }
  };
  const onKeyDown = (i: number, e: KeyboardEvent<HTMLElement>) => {
    const rtl = ref.current !== null && getComputedStyle(ref.current).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    const to =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? words.length - 1
          : step === undefined
            ? null
            : i + step;
    if (to !== null) {
      e.preventDefault();
      const next = Math.min(Math.max(to, 0), words.length - 1);
      focus(next);
      if (e.shiftKey) {
        const from = anchor ?? i;
        setAnchor(from);
        setExtending(false);
        onPick(span(words, from, next));
      }
    } else if (e.key === ' ') {
      e.preventDefault();
      choose(i, e.shiftKey);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (pick === null) onPick(span(words, i, i));
      onConfirm();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  const wordProps = (i: number, pressed: boolean) => ({
    role: 'button',
    tabIndex: i === focusAt ? 0 : -1,
    'aria-pressed': pressed,
    onClick: (e: MouseEvent<HTMLElement>) => {
      setFocusAt(i);
      choose(i, e.shiftKey);
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(i, e),
  });
  return { ref, wordProps };
}
