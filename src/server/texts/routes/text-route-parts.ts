import { TextView } from '../../../core/texts/schemas.ts';

/** A command on a text answers with the text as the caller now sees it. */
export const view = { 200: TextView };
