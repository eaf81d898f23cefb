import { Outlet } from 'react-router-dom';
import { useMe } from '../api/auth.ts';
import { ErrorAlert } from '../components/common/ErrorAlert.tsx';
import { Loading } from '../components/common/Loading.tsx';
import { SignInPage } from '../pages/SignInPage.tsx';

/** Signed-out visitors get the sign-in form in place, so a deep link still lands where it pointed. */
export function RequireSignIn() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (me.data === null) return <SignInPage />;
  return <Outlet />;
}
