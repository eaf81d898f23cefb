import { astana, bracketsOf, provisionAt } from './texts.ts';

// Places in the core tests' Astana text that the operation tests point at.

export const by = { proposerId: 'opp', proposalId: 'prop-1' };

export const base = astana();
export const p2 = provisionAt(base, 2); // Reaffirm …
export const p3 = provisionAt(base, 3); // Decide to [establish … / consider …] …
const p4 = provisionAt(base, 4); // Support … [on 8 February 2017 / (delete)] …
export const [mech] = bracketsOf(p3);
export const [date] = bracketsOf(p4);
export const trilateral = mech!.options[0]!;
export const consider = mech!.options[1]!;
export const deleteDate = date!.options[1]!;
export const agreed = (provisionId: string, segment: number) =>
  ({ in: 'agreed', provisionId, segment }) as const;
export const inOption = (bracketId: string, optionId: string) =>
  ({ in: 'option', bracketId, optionId }) as const;
