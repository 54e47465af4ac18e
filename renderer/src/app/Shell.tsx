import { Suspense } from 'react';
import { Alert, Button, Layout, Menu, Spin } from 'antd';
import { useRoute, navigate, routeHref, type Route } from './router';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { lazyScreen } from './lazy-screen';
import { InitiativesScreen } from '../features/initiatives/InitiativesScreen';
import { ProgrammeBar } from '../features/programmes/ProgrammeBar';
import { useStartupTasks } from './useStartupTasks';
import { useDb } from './context';
import { useOutboxScheduler } from '../mail/useOutboxScheduler';
import { currentProfile, switchProfile } from './profile';

// The register opens first and comes in the main bundle; every other screen loads when first
// visited, so start-up parses less of antd and our code.
const InitiativePage = lazyScreen(() =>
  import('../features/initiatives/InitiativePage').then((m) => m.InitiativePage),
);
const TrashScreen = lazyScreen(() =>
  import('../features/initiatives/TrashScreen').then((m) => m.TrashScreen),
);
const UnitsScreen = lazyScreen(() =>
  import('../features/units/UnitsScreen').then((m) => m.UnitsScreen),
);
const ProgrammesScreen = lazyScreen(() =>
  import('../features/programmes/ProgrammesScreen').then((m) => m.ProgrammesScreen),
);
const OfficeScreen = lazyScreen(() =>
  import('../features/setup/OfficeScreen').then((m) => m.OfficeScreen),
);
const CouncilsScreen = lazyScreen(() =>
  import('../features/appraisal/CouncilsScreen').then((m) => m.CouncilsScreen),
);
const SessionsScreen = lazyScreen(() =>
  import('../features/appraisal/SessionsScreen').then((m) => m.SessionsScreen),
);
const SessionPage = lazyScreen(() =>
  import('../features/appraisal/SessionPage').then((m) => m.SessionPage),
);
const RubricScreen = lazyScreen(() =>
  import('../features/appraisal/RubricScreen').then((m) => m.RubricScreen),
);
const BackupScreen = lazyScreen(() =>
  import('../features/backup/BackupScreen').then((m) => m.BackupScreen),
);
const DashboardScreen = lazyScreen(() =>
  import('../features/dashboard/DashboardScreen').then((m) => m.DashboardScreen),
);
const ResultsScreen = lazyScreen(() =>
  import('../features/appraisal/ResultsScreen').then((m) => m.ResultsScreen),
);

const MailSettingsScreen = lazyScreen(() =>
  import('../features/mail/MailSettingsScreen').then((m) => m.MailSettingsScreen),
);
const OutboxScreen = lazyScreen(() =>
  import('../features/mail/OutboxScreen').then((m) => m.OutboxScreen),
);
const ProposalScreen = lazyScreen(() =>
  import('../features/proposals/ProposalScreen').then((m) => m.ProposalScreen),
);
const DossierScreen = lazyScreen(() =>
  import('../features/dossier/DossierScreen').then((m) => m.DossierScreen),
);
const CommendationsScreen = lazyScreen(() =>
  import('../features/commendations/CommendationsScreen').then((m) => m.CommendationsScreen),
);

const ImportScreen = lazyScreen(() =>
  import('../features/import/ImportScreen').then((m) => m.ImportScreen),
);

type MenuKey = Exclude<Route['screen'], 'initiative' | 'session'>;

const MENU: { key: MenuKey; label: string }[] = [
  { key: 'dashboard', label: 'Tổng quan' },
  { key: 'initiatives', label: 'Sáng kiến' },
  { key: 'sessions', label: 'Phiên họp Hội đồng' },
  { key: 'results', label: 'Kết quả xét chọn' },
  { key: 'proposals', label: 'Đề xuất lên cấp trên' },
  { key: 'dossier', label: 'Hồ sơ đề xuất' },
  { key: 'commendations', label: 'Khen thưởng' },
  { key: 'councils', label: 'Hội đồng' },
  { key: 'rubric', label: 'Tiêu chí chấm điểm' },
  { key: 'units', label: 'Đơn vị' },
  { key: 'programmes', label: 'Chương trình' },
  { key: 'trash', label: 'Thùng rác' },
  { key: 'office', label: 'Thông tin đơn vị' },
  { key: 'backup', label: 'Sao lưu & khôi phục' },
  { key: 'import', label: 'Nhập hồ sơ' },
  { key: 'outbox', label: 'Hộp thư đi' },
  { key: 'mail', label: 'Thiết lập email' },
];

const screenFor = (route: Route) => {
  switch (route.screen) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'initiatives':
      return <InitiativesScreen />;
    case 'initiative':
      return <InitiativePage id={route.id} />;
    case 'trash':
      return <TrashScreen />;
    case 'units':
      return <UnitsScreen />;
    case 'programmes':
      return <ProgrammesScreen />;
    case 'office':
      return <OfficeScreen />;
    case 'councils':
      return <CouncilsScreen />;
    case 'sessions':
      return <SessionsScreen />;
    case 'session':
      return <SessionPage id={route.id} />;
    case 'rubric':
      return <RubricScreen />;
    case 'results':
      return <ResultsScreen />;
    case 'backup':
      return <BackupScreen />;
    case 'mail':
      return <MailSettingsScreen />;
    case 'outbox':
      return <OutboxScreen />;
    case 'proposals':
      return <ProposalScreen />;
    case 'dossier':
      return <DossierScreen />;
    case 'commendations':
      return <CommendationsScreen />;
    case 'import':
      return <ImportScreen />;
  }
};

/** The frame of every screen: navigation on the left, the programme's targets and deadline on top. */
export const Shell = () => {
  const route = useRoute();
  const db = useDb();
  // The sample profile makes no backups: its data is no one's, and rotation would drop real ones.
  const sample = currentProfile() === 'sample';
  useStartupTasks(db, !sample);
  useOutboxScheduler(db);
  const selected =
    route.screen === 'initiative'
      ? 'initiatives'
      : route.screen === 'session'
        ? 'sessions'
        : route.screen;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #eee' }}>
        <div style={{ padding: '16px 20px', fontWeight: 700, fontSize: 18, color: '#1f5fa8' }}>
          Sáng kiến Desk
        </div>
        <nav aria-label="Chức năng">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={sample ? MENU.filter((m) => m.key !== 'backup') : MENU}
            onClick={({ key }) => navigate({ screen: key as MenuKey })}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        {sample && (
          <Alert
            type="warning"
            banner
            role="status"
            title="Dữ liệu mẫu: anh/chị đang xem thử một đơn vị mẫu; dữ liệu thật không bị ảnh hưởng."
            action={
              <Button size="small" onClick={() => switchProfile('real')}>
                Về dữ liệu của đơn vị
              </Button>
            }
          />
        )}
        <ProgrammeBar />
        <Layout.Content style={{ padding: 20 }}>
          {/* Keyed by route: moving to another screen clears a failure of the last one. */}
          <ErrorBoundary key={routeHref(route)} what="màn hình này">
            <Suspense fallback={<Spin description="Đang mở…" />}>{screenFor(route)}</Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
