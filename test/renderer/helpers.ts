import { DeskDb } from '../../renderer/src/db/database';
import { completeSetup, type OfficeInput } from '../../renderer/src/db/settings';

let n = 0;
/** A fresh, uniquely named database per test. */
export const freshDb = (): DeskDb => new DeskDb(`test-${Date.now()}-${n++}`);

export const sampleOffice: OfficeInput = {
  unitName: 'Công đoàn cơ sở Công ty Cổ phần Tôn Đông Á',
  kind: 'cdcs',
  parentBody: 'LĐLĐ tỉnh Đồng Nai',
  place: 'Biên Hòa',
  chairName: 'Nguyễn Văn An',
  chairTitle: 'Chủ tịch',
  email: 'congdoan@example.vn',
  userName: 'Trần Thị Bình',
};

/** A database with the first-run setup done. */
export const setUpDb = async () => {
  const db = freshDb();
  const office = await completeSetup(db, sampleOffice);
  const programme = (await db.programmes.toArray())[0]!;
  return { db, office, programme };
};
