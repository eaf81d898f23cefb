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
  /** The browser and the system, named from the user agent ("Firefox", "Ubuntu"); null if unknown. */
  browser: z.string().nullable(),
  system: z.string().nullable(),
  current: z.boolean(),
});
export const SignInList = z.object({ signIns: z.array(SignInView) });

/** The new password follows the server's rule; the current one is only checked, whatever it is. */
export const ChangePasswordCommand = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: Password,
});
export const ChangePasswordResult = z.object({
  /** How many of the account's other sign-ins the change ended. */
  endedSignIns: z.number().int().nonnegative(),
});

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
  /** A disabled account signs in nowhere until the operator enables it again. */
  disabled: z.boolean(),
});
export type AccountView = z.infer<typeof AccountView>;
export const EditAccountCommand = z.strictObject({ displayName: Text(120) });
export const AccountList = z.object({ accounts: z.array(AccountView) });

/** A one-time setup link, as its holder sees it before using it. */
export const SetupLinkView = z.object({
  /** Set when the link was made for one address (`parley create-operator --email`). */
  email: z.string().nullable(),
  expiresAt: z.string(),
});

/** Creates the first operator account through a setup link; answers as a sign-in does. */
export const CompleteSetupCommand = z.strictObject({
  email: Email,
  displayName: Text(120),
  password: Password,
});
export type CompleteSetupCommand = z.infer<typeof CompleteSetupCommand>;

export const SetupTokenParams = z.strictObject({ token: z.string().min(20).max(100) });
