import { Empty, Spin } from 'antd';
import type { Programme } from '@shared/model/programme';

/** What a programme screen shows before a programme is known: loading, or none set up yet. */
export const NoProgramme = ({ programme }: { programme: Programme | null | undefined }) =>
  programme === undefined ? (
    <Spin description="Đang mở dữ liệu…" />
  ) : (
    <Empty description="Chưa có chương trình nào. Hãy thêm chương trình ở mục “Chương trình”." />
  );
