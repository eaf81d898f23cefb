import { z } from 'zod';
import { Id, IsoDateTime, Text } from '../schemas/common.ts';

export const Email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));
export const Password = z.string().min(10).max(256);

export const SignInCommand = z.strictObject({ email: Email, password: z.string().min(1).max(256) });

export const MeView = z.object({
  user: z.object({
    id: Id,
    email: z.string(),
    displayName: z.string(),
    isOperator: z.boolean(),
  }),
  csrfToken: z.string(),
});
export type MeView = z.infer<typeof MeView>;

const SignInView = z.object({
  id: Id,
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const SignInList = z.object({ signIns: z.array(SignInView) });

export const CreateAccountCommand = z.strictObject({
  email: Email,
  displayName: Text(120),
  password: Password,
  isOperator: z.boolean().default(false),
  actorId: Id.optional(),
});
export const AccountView = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  isOperator: z.boolean(),
  actorId: Id.nullable(),
});
export type AccountView = z.infer<typeof AccountView>;
export const AccountList = z.object({ accounts: z.array(AccountView) });
