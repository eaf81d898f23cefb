import { Route, Routes } from 'react-router-dom';
import { AccountPage } from '../platform/AccountPage.tsx';
import { HomePage } from '../platform/HomePage.tsx';
import { JoinPage } from '../convening/JoinPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { ProcessPage } from '../platform/process/ProcessPage.tsx';
import { RoundPage } from '../convening/RoundPage.tsx';
import { Layout } from './Layout.tsx';
import { RequireSignIn } from './RequireSignIn.tsx';
import { SetupPage } from '../platform/SetupPage.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/join/:token" element={<JoinPage />} />
        <Route path="/setup/:token" element={<SetupPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<HomePage />} />
          <Route path="/processes/:id" element={<ProcessPage />} />
          <Route path="/rounds/:id" element={<RoundPage />} />
          <Route path="/account" element={<AccountPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
