import { Outlet } from 'react-router-dom';
import { useMe } from '../platform/auth-api.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { Loading } from '../shared/components/Loading.tsx';
import { SignInPage } from '../platform/SignInPage.tsx';

/** Signed-out visitors get the sign-in form in place, so a deep link still lands where it pointed. */
export function RequireSignIn() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (me.data === null) return <SignInPage />;
  return <Outlet />;
}
