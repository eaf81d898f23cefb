import type { Messages } from './en.ts';
import { shell } from './ar/shell.ts';
import { platform } from './ar/platform.ts';
import { convening } from './ar/convening.ts';
import { talks } from './ar/talks.ts';
import { texts } from './ar/texts.ts';
import { vocab } from './ar/vocab.ts';
import { attention } from './ar/attention.ts';

export const ar: Messages = {
  ...shell,
  ...platform,
  ...convening,
  ...talks,
  ...texts,
  ...vocab,
  ...attention,
};
