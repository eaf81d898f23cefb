import { createHash } from 'node:crypto';
import type { Sha256 } from '../core/record/chain.ts';

export const sha256: Sha256 = (data) => createHash('sha256').update(data, 'utf8').digest('hex');
