// What other features may use of this one; everything else in this folder is its own business.
export type { Channel, Message, RoundShape } from './types.ts';
export { channelResource } from './audience.ts';
