// The new-session form's values and their reading; the repository checks the rest (members of the
// council, initiatives submitted and of this programme).
import { formatDate, readDate, todayIso } from '@shared/format';
import type { SessionInput } from '../../db/appraisal/sessions';

export interface SessionValues {
  councilId: string | undefined;
  date: string;
  place: string;
  presentMemberIds: string[];
  initiativeIds: string[];
}

export const newSessionValues = (
  councilId: string | undefined,
  memberIds: string[],
  place: string,
): SessionValues => ({
  councilId,
  date: formatDate(todayIso()),
  place,
  presentMemberIds: memberIds,
  initiativeIds: [],
});

export type SessionRead =
  | { ok: true; input: SessionInput }
  | { ok: false; errors: { name: keyof SessionValues; errors: string[] }[] };

export const readSessionForm = (v: SessionValues): SessionRead => {
  const errors: { name: keyof SessionValues; errors: string[] }[] = [];
  // readDate says why: "31/04/2021" is typed dd/mm/yyyy, April just has 30 days.
  const read = readDate(v.date);
  const date = read.ok ? read.value : null;
  if (!v.councilId) errors.push({ name: 'councilId', errors: ['Chọn Hội đồng'] });
  if (!read.ok) errors.push({ name: 'date', errors: [read.message] });
  if (v.presentMemberIds.length === 0)
    errors.push({ name: 'presentMemberIds', errors: ['Chọn các thành viên có mặt'] });
  if (v.initiativeIds.length === 0)
    errors.push({ name: 'initiativeIds', errors: ['Chọn các sáng kiến đưa ra xét'] });
  if (errors.length > 0 || !v.councilId || !date) return { ok: false, errors };
  return {
    ok: true,
    input: {
      councilId: v.councilId,
      date,
      place: v.place.trim(),
      presentMemberIds: v.presentMemberIds,
      initiativeIds: v.initiativeIds,
    },
  };
};
