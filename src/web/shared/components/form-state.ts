// The state every form of the app keeps: its values, and the submit under way with its outcome.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';

/** Sets one field of the form's values. */
export type SetField<V> = <K extends keyof V>(key: K, value: V[K]) => void;

/** The values that are strings (or unions of string literals). */
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

type TextElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The `value` and `onChange` of a text input, text area or native select bound to one of the
 * values; a select's options are the values it may take.
 */
type BindField<V> = <K extends TextKey<V>>(
  key: K,
) => { value: V[K]; onChange: (e: ChangeEvent<TextElement>) => void };

/** What a form's fields are controlled by: the values, set one at a time or bound to a field. */
export interface FormFields<V> {
  values: V;
  set: SetField<V>;
  bind: BindField<V>;
}

/** The fields' values and their setters; `reset` puts some of them back as they started. */
export function useFormValues<V>(initial: () => V): FormFields<V> & {
  reset: (keys: readonly (keyof V)[]) => void;
} {
  const [first] = useState(initial);
  const [values, setValues] = useState(first);
  const set: SetField<V> = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const bind: BindField<V> = (key) => ({
    value: values[key],
    onChange: (e) => set(key, e.currentTarget.value as V[typeof key]),
  });
  const reset = (keys: readonly (keyof V)[]) => {
    if (keys.length === 0) return;
    setValues((v) => {
      const next = { ...v };
      for (const key of keys) next[key] = first[key];
      return next;
    });
  };
  return { values, set, bind, reset };
}

interface Outcome<R> {
  pending: boolean;
  /** How the last submit was refused, until the next one. */
  failure: { error: unknown } | null;
  /** What the last submit returned, until the next one. */
  done: { result: R } | null;
}

const idle = { pending: false, failure: null, done: null };

/**
 * A submit and its outcome: pending while the promise runs, then its result or refusal. An answer
 * that comes once the form is gone no longer concerns it: `onSuccess` is not called then.
 */
export function useSubmission<R>() {
  const [outcome, setOutcome] = useState<Outcome<R>>(idle);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const send = (sending: Promise<R>, onSuccess?: (result: R) => void) => {
    setOutcome({ ...idle, pending: true });
    sending.then(
      (result) => {
        if (!mounted.current) return;
        setOutcome({ ...idle, done: { result } });
        onSuccess?.(result);
      },
      (error: unknown) => {
        if (mounted.current) setOutcome({ ...idle, failure: { error } });
      },
    );
  };
  return { ...outcome, send };
}
