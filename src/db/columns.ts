import { customType, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A required reference to another table's row, by its text id. */
export const ref = (name: string, target: () => AnyPgColumn) =>
  text(name).notNull().references(target);
