import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button } from 'antd';

interface Props {
  /** What could not be shown, e.g. "màn hình này". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * A screen that fails to render says so in Vietnamese and leaves the rest of the app working.
 * The records are in IndexedDB, not in the screen, so nothing typed and saved is lost by this.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[ui] render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert
        type="error"
        showIcon
        title={`Không hiển thị được ${this.props.what}.`}
        description={
          <>
            <p>
              Dữ liệu đã lưu vẫn còn nguyên. Hãy bấm "Thử lại"; nếu vẫn lỗi, hãy đóng và mở lại ứng
              dụng, rồi báo cho người hỗ trợ kỹ thuật nội dung dưới đây.
            </p>
            <p style={{ fontFamily: 'monospace', fontSize: 12 }}>{error.message}</p>
            <Button onClick={() => this.setState({ error: null })}>Thử lại</Button>
          </>
        }
      />
    );
  }
}
