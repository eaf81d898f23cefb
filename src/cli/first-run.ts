import { parseArgs } from 'node:util';
import { DomainError } from '../core/errors.ts';
import { Email } from '../core/platform/auth-schemas.ts';
import type { Database } from '../db/index.ts';
import { systemPorts } from '../server/http/app.ts';
import { createContext, defaultConfig } from '../server/kernel/context.ts';
import { createSetupLink } from '../server/platform/index.ts';

/** The link goes to the console only: never to a log file, and it is good for one use. */
export function printSetupLink(url: string, expiresAt: Date, email?: string) {
  const who = email ? ` for ${email}` : '';
  console.log(
    `No operator account yet. Open this link to create it${who} (single use, valid until ${expiresAt.toISOString()}):\n  ${url}`,
  );
}

/** `parley create-operator --email E`: a setup link made from the command line. */
export async function createOperator(
  args: string[],
  withDatabase: <T>(work: (database: Database) => Promise<T>) => Promise<T>,
  baseUrl: string,
) {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
  const email = Email.safeParse(values.email ?? '');
  if (!email.success) {
    console.error('Give the operator’s email: parley create-operator --email someone@example.org');
    process.exitCode = 2;
    return;
  }
  await withDatabase(async (database) => {
    const ctx = createContext({ database, ports: systemPorts(), config: defaultConfig });
    try {
      const link = await createSetupLink(ctx, { email: email.data });
      printSetupLink(`${baseUrl}/setup/${link.token}`, link.expiresAt, email.data);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'already_exists') throw error;
      console.error(error.message);
      process.exitCode = 1;
    }
  });
}
