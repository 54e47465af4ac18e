import type { ReactNode } from 'react';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { Council, Session } from '@shared/appraisal/model';
import { MEMBER_ROLE_LABELS } from '@shared/appraisal/model';
import { formatDate } from '@shared/format';

interface Props {
  session: Session;
  council: Council | null;
  actions: ReactNode;
}

/** Date, place and who was there: the head of the minutes (docs/documents.md, item 6). */
export const SessionHeader = ({ session, council, actions }: Props) => {
  const members = council?.members ?? [];
  const present = members.filter((m) => session.presentMemberIds.includes(m.id));
  const absent = members.filter((m) => !session.presentMemberIds.includes(m.id));
  return (
    <header>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title id="session-title" level={3} style={{ margin: 0 }}>
          Phiên họp ngày {formatDate(session.date)}{' '}
          {session.closed ? <Tag>Đã kết thúc</Tag> : <Tag color="blue">Đang họp</Tag>}
        </Typography.Title>
        {actions}
      </Flex>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'council', label: 'Hội đồng', children: council?.name ?? '—' },
          { key: 'place', label: 'Địa điểm', children: session.place || '—' },
          {
            key: 'present',
            label: 'Có mặt',
            children:
              present.map((m) => `${m.name} (${MEMBER_ROLE_LABELS[m.role]})`).join('; ') || '—',
          },
          ...(absent.length > 0
            ? [{ key: 'absent', label: 'Vắng mặt', children: absent.map((m) => m.name).join('; ') }]
            : []),
        ]}
      />
    </header>
  );
};
