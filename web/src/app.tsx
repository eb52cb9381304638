/**
 * The app's frame: language and antd locale, the routes, and who may see which.
 * Staff pages need a session; the customer portal (/complain, /track) needs none.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import enUSLocale from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { session } from './api/client';
import { LoginPage } from './features/auth/login-page';
import { homePath } from './ui/home-path';
import { StaffLayout } from './ui/staff-layout';
import { PageLoading } from './ui/page-loading';
import { theme } from './ui/theme';

const ComplaintListPage = lazy(() => import('./features/complaints/complaint-list-page'));
const ComplaintDetailPage = lazy(() => import('./features/complaints/complaint-detail-page'));
const ComplainPage = lazy(() => import('./features/portal/complain-page'));
const TrackPage = lazy(() => import('./features/portal/track-page'));
const ActionsPage = lazy(() => import('./features/learning/actions-page'));
const CasesPage = lazy(() => import('./features/learning/cases-page'));
const PostMortemsPage = lazy(() => import('./features/learning/post-mortems-page'));
const CasePage = lazy(() => import('./features/learning/case-page'));
const MyTasksPage = lazy(() => import('./features/tasks/my-tasks-page'));
const RemedyMatrixPage = lazy(() => import('./features/admin/remedy-matrix-page'));
const ReplyTemplatesPage = lazy(() => import('./features/admin/reply-templates-page'));
const DeadlinesPage = lazy(() => import('./features/admin/deadlines-page'));
const TriageModelsPage = lazy(() => import('./features/admin/triage-models-page'));
const SupervisionPage = lazy(() => import('./features/supervision/supervision-page'));
const NewComplaintPage = lazy(() => import('./features/intake/new-complaint-page'));
const UsersPage = lazy(() => import('./features/admin/users-page'));
const CategoriesPage = lazy(() => import('./features/admin/categories-page'));

export function App() {
  const { i18n } = useTranslation();
  const [signedIn, setSignedIn] = useState(() => session.token() !== null);
  useEffect(() => {
    const onSignedOut = () => setSignedIn(false);
    window.addEventListener('closeloop:signed-out', onSignedOut);
    return () => window.removeEventListener('closeloop:signed-out', onSignedOut);
  }, []);
  const zh = i18n.language === 'zh-CN';
  const home = homePath(session.user()?.role);
  dayjs.locale(zh ? 'zh-cn' : 'en');

  const staff = (page: React.ReactNode) =>
    signedIn ? (
      <StaffLayout onSignOut={() => setSignedIn(false)}>{page}</StaffLayout>
    ) : (
      <Navigate to="/login" replace />
    );

  return (
    <ConfigProvider locale={zh ? zhCNLocale : enUSLocale} theme={theme}>
      <AntApp>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/" element={<Navigate to={signedIn ? home : '/login'} replace />} />
            <Route
              path="/login"
              element={
                signedIn ? <Navigate to={home} replace /> : <LoginPage onSignedIn={() => setSignedIn(true)} />
              }
            />
            <Route path="/complaints" element={staff(<ComplaintListPage />)} />
            <Route path="/complaints/new" element={staff(<NewComplaintPage />)} />
            <Route path="/complaints/:id" element={staff(<ComplaintDetailPage />)} />
            <Route path="/actions" element={staff(<ActionsPage />)} />
            <Route path="/post-mortems" element={staff(<PostMortemsPage />)} />
            <Route path="/cases" element={staff(<CasesPage />)} />
            <Route path="/cases/:id" element={staff(<CasePage />)} />
            <Route path="/tasks" element={staff(<MyTasksPage />)} />
            <Route path="/admin/remedy-matrix" element={staff(<RemedyMatrixPage />)} />
            <Route path="/admin/reply-templates" element={staff(<ReplyTemplatesPage />)} />
            <Route path="/admin/deadlines" element={staff(<DeadlinesPage />)} />
            <Route path="/admin/triage" element={staff(<TriageModelsPage />)} />
            <Route path="/supervision/:view?" element={staff(<SupervisionPage />)} />
            <Route path="/admin/users" element={staff(<UsersPage />)} />
            <Route path="/admin/categories" element={staff(<CategoriesPage />)} />
            <Route path="/complain" element={<ComplainPage />} />
            <Route path="/track" element={<TrackPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </AntApp>
    </ConfigProvider>
  );
}
