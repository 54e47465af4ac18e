// The page's CSP, sent with every file served from app://desk. It travels in the protocol
// response itself: session.webRequest header hooks do not run for custom schemes.
// antd's CSS-in-JS injects <style> tags, hence 'unsafe-inline' for styles only; no inline scripts.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
