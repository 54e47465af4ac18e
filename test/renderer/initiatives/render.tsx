import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { Office } from '@shared/model/office';
import type { DeskDb } from '../../../renderer/src/db/database';
import { DbContext, OfficeContext } from '../../../renderer/src/app/context';
import { useRoute } from '../../../renderer/src/app/router';
import { InitiativesScreen } from '../../../renderer/src/features/initiatives/InitiativesScreen';
import { InitiativePage } from '../../../renderer/src/features/initiatives/InitiativePage';
import { TrashScreen } from '../../../renderer/src/features/initiatives/TrashScreen';

/** The three screens of this feature behind the real hash router, without the rest of the shell. */
const Screens = () => {
  const route = useRoute();
  switch (route.screen) {
    case 'initiative':
      return <InitiativePage id={route.id} />;
    case 'trash':
      return <TrashScreen />;
    default:
      return <InitiativesScreen />;
  }
};

export const renderDesk = (db: DeskDb, office: Office, hash = '#/initiatives') => {
  window.location.hash = hash;
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbContext.Provider value={db}>
          <OfficeContext.Provider value={office}>
            <Screens />
          </OfficeContext.Provider>
        </DbContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
};
