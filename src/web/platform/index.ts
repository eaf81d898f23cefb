// What other features may use of this one; everything else in this folder is its own business.
export { useAcceptMemberInvite, useMe, useMemberInvite } from './auth-api.ts';
export { useActors } from './process-api.ts';
