import { Layout, Menu } from 'antd';
import { useRoute, navigate, type Route } from './router';
import { InitiativesScreen } from '../features/initiatives/InitiativesScreen';
import { InitiativePage } from '../features/initiatives/InitiativePage';
import { TrashScreen } from '../features/initiatives/TrashScreen';
import { UnitsScreen } from '../features/units/UnitsScreen';
import { ProgrammesScreen } from '../features/programmes/ProgrammesScreen';
import { OfficeScreen } from '../features/setup/OfficeScreen';
import { ProgrammeBar } from '../features/programmes/ProgrammeBar';
import { CouncilsScreen } from '../features/appraisal/CouncilsScreen';
import { SessionsScreen } from '../features/appraisal/SessionsScreen';
import { SessionPage } from '../features/appraisal/SessionPage';
import { RubricScreen } from '../features/appraisal/RubricScreen';
import { ResultsScreen } from '../features/appraisal/ResultsScreen';

type MenuKey = Exclude<Route['screen'], 'initiative' | 'session'>;

const MENU: { key: MenuKey; label: string }[] = [
  { key: 'initiatives', label: 'Sáng kiến' },
  { key: 'sessions', label: 'Phiên họp Hội đồng' },
  { key: 'results', label: 'Kết quả xét chọn' },
  { key: 'councils', label: 'Hội đồng' },
  { key: 'rubric', label: 'Tiêu chí chấm điểm' },
  { key: 'units', label: 'Đơn vị' },
  { key: 'programmes', label: 'Chương trình' },
  { key: 'trash', label: 'Thùng rác' },
  { key: 'office', label: 'Thông tin đơn vị' },
];

const screenFor = (route: Route) => {
  switch (route.screen) {
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
  }
};

/** The frame of every screen: navigation on the left, the programme's targets and deadline on top. */
export const Shell = () => {
  const route = useRoute();
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
            items={MENU}
            onClick={({ key }) => navigate({ screen: key as MenuKey })}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <ProgrammeBar />
        <Layout.Content style={{ padding: 20 }}>{screenFor(route)}</Layout.Content>
      </Layout>
    </Layout>
  );
};
