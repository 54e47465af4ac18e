import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { chooseBundlePaths, droppedPaths, readBundles } from '../../import/open-bundles';
import type { OpenedBundle } from '../../import/open-bundles';
import { BundleImportCard } from './BundleImportCard';

/**
 * "Nhập hồ sơ" (issue 9, item 6): bundles from the units below, opened with the dialog or dropped
 * here, each verified by main, previewed, matched and imported on its own.
 */
export const ImportScreen = () => {
  const [bundles, setBundles] = useState<(OpenedBundle & { card: string })[]>([]);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  // Each opening gets a card of its own (a bundle saved again under the same name is new).
  const openings = useRef(0);

  const open = async (paths: readonly string[]) => {
    if (paths.length === 0) return;
    setReading(true);
    const opening = (openings.current += 1);
    const opened = await readBundles(paths);
    setReading(false);
    // A bundle opened again replaces its earlier card.
    setBundles((before) => [
      ...opened.map((o) => ({ ...o, card: `${opening}:${o.key}` })),
      ...before.filter((b) => !opened.some((o) => o.key === b.key)),
    ]);
  };

  const choose = async () => {
    setProblem(null);
    const chosen = await chooseBundlePaths();
    if (!chosen.ok) setProblem(chosen.error.message);
    else await open(chosen.value);
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    setProblem(null);
    const { paths, without } = droppedPaths([...event.dataTransfer.files]);
    if (without.length > 0)
      setProblem(
        `Không mở được ${without.map((n) => `"${n}"`).join(', ')}: hãy kéo tệp hồ sơ từ thư mục trên máy (hoặc USB), hoặc bấm "Chọn hồ sơ…".`,
      );
    void open(paths);
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Nhập hồ sơ
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        Nhập hồ sơ sáng kiến (tệp HoSo_….zip) các đơn vị cấp dưới gửi lên. Mỗi hồ sơ được kiểm tra
        trước khi nhập; dữ liệu được sao lưu trước mỗi lần nhập.
      </Typography.Paragraph>
      <div
        role="region"
        aria-label="Kéo thả hồ sơ vào đây"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        style={{
          border: `2px dashed ${over ? '#1f5fa8' : '#d9d9d9'}`,
          borderRadius: 8,
          padding: 24,
          textAlign: 'center',
          background: over ? '#f0f6ff' : '#fafafa',
        }}
      >
        <InboxOutlined style={{ fontSize: 32, color: '#1f5fa8' }} />
        <Typography.Paragraph style={{ margin: '8px 0' }}>
          Kéo thả một hoặc nhiều tệp hồ sơ vào đây, hoặc
        </Typography.Paragraph>
        <Button type="primary" icon={<FolderOpenOutlined />} onClick={() => void choose()}>
          Chọn hồ sơ…
        </Button>
      </div>
      {problem && <Alert type="error" showIcon title={problem} />}
      {reading && <Spin description="Đang kiểm tra hồ sơ…" />}
      {bundles.map((b) =>
        b.result.ok ? (
          <BundleImportCard key={b.card} bundle={b.result.value} />
        ) : (
          <Alert
            key={b.card}
            type="error"
            showIcon
            title={`Hồ sơ "${b.fileName}" không được nhập`}
            description={`${b.result.error.message} Dữ liệu của đơn vị không thay đổi.`}
          />
        ),
      )}
    </Flex>
  );
};
