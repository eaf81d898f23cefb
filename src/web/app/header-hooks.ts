import { useNavigate } from 'react-router-dom';
import { useSignOut } from '../platform/auth-api.ts';

/** Signs out, then shows the home page (the sign-in form) whatever page was open. */
export function useSignOutAndLeave() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return {
    pending: signOut.isPending,
    signOut: () => signOut.mutate(undefined, { onSettled: () => void navigate('/') }),
  };
}
