import { shell } from './en/shell.ts';
import { platform } from './en/platform.ts';
import { convening } from './en/convening.ts';
import { talks } from './en/talks.ts';
import { texts } from './en/texts.ts';
import { vocab } from './en/vocab.ts';
import { attention } from './en/attention.ts';

/** The English strings, the reference every other language follows key for key. */
export const en = {
  ...shell,
  ...platform,
  ...convening,
  ...talks,
  ...texts,
  ...vocab,
  ...attention,
};

/** CLDR plural categories: English writes `_one` and `_other`; Arabic needs all six. */
type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralForms = `_${'one' | 'other'}`;

/**
 * Another language's strings, key for key with English, except that a plural English writes as
 * `x_one`/`x_other` is written in every plural form of the language (`Forms`), as i18next picks
 * them by CLDR rules.
 */
type Shape<T, Forms extends Plural> = {
  [K in keyof T as K extends `${string}${PluralForms}` ? never : K]: T[K] extends string
    ? string
    : Shape<T[K], Forms>;
} & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${Forms}` : never]: string;
};
export type Messages = Shape<typeof en, Plural>;
