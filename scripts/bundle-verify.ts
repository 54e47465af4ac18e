// `npm run bundle:verify -- <file.zip>`: checks a bundle without the app window, with the same
// verifier the import uses (main/bundle/verify-bundle.ts). Prints the summary and exits 0, or the
// exact problem and exits 1; a usage error exits 2.
import { basename } from 'node:path';
import { bundleSummary } from '../main/bundle/bundle-summary';
import { verifyBundle } from '../main/bundle/verify-bundle';

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('Cách dùng: npm run bundle:verify -- <tệp hồ sơ .zip> [tệp khác …]\n');
    return 2;
  }
  let failures = 0;
  for (const file of args) {
    const result = await verifyBundle(file);
    if (result.ok) {
      process.stdout.write(`${bundleSummary(basename(file), result.value).join('\n')}\n`);
    } else {
      failures += 1;
      process.stderr.write(
        `Hồ sơ không hợp lệ: ${basename(file)}\n[${result.error.code}] ${result.error.message}\n`,
      );
    }
  }
  return failures === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi ngoài dự kiến khi kiểm tra hồ sơ: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
