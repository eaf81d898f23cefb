import { Route, Routes } from 'react-router-dom';
import { AccountPage } from '../pages/AccountPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { JoinPage } from '../pages/JoinPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { ProcessPage } from '../pages/ProcessPage.tsx';
import { RoundPage } from '../pages/RoundPage.tsx';
import { Layout } from './Layout.tsx';
import { RequireSignIn } from './RequireSignIn.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/join/:token" element={<JoinPage />} />
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
