import { useEffect } from 'react';
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
import type { WarmStart } from './warm-start';

interface Props {
  db: DeskDb;
  /** The office and programme as read before the first render, when that read was quick. */
  warm?: WarmStart | undefined;
  /** Called once the first screen has committed (and subscribed to what it reads). */
  onStarted?: () => void;
}

/** Opens the database, asks who this office is on first run, then shows the shell. */
export const App = ({ db, warm, onStarted }: Props) => {
  const office = useLiveQuery(() => getOffice(db), [db], warm?.office);
  // Children's effects run first: by now the first screen holds what was started for it.
  useEffect(() => onStarted?.(), [onStarted]);
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
