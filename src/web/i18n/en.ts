import { shell } from './en/shell.ts';
import { platform } from './en/platform.ts';
import { convening } from './en/convening.ts';
import { talks } from './en/talks.ts';
import { texts } from './en/texts.ts';
import { vocab } from './en/vocab.ts';

/** The English strings, the reference every other language follows key for key. */
export const en = { ...shell, ...platform, ...convening, ...talks, ...texts, ...vocab };

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;
