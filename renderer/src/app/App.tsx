import { App as AntApp, ConfigProvider, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskDb } from '../db/database';
import { getOffice } from '../db/settings';
import { DbContext, OfficeContext } from './context';
import { Shell } from './Shell';
import { SetupScreen } from '../features/setup/SetupScreen';
import { theme } from './theme';
import { ErrorBoundary } from '../ui/ErrorBoundary';

/** Opens the database, asks who this office is on first run, then shows the shell. */
export const App = ({ db }: { db: DeskDb }) => {
  const office = useLiveQuery(() => getOffice(db), [db]);
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp message={{ top: 72, maxCount: 3 }}>
        <ErrorBoundary what="dữ liệu của ứng dụng">
          <DbContext.Provider value={db}>
            {office === undefined ? (
              <Spin fullscreen description="Đang mở dữ liệu…" />
            ) : office === null ? (
              <SetupScreen />
            ) : (
              <OfficeContext.Provider value={office}>
                <Shell />
              </OfficeContext.Provider>
            )}
          </DbContext.Provider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
};
