import { AppError } from '@shared/errors';
import { PRODUCT_NAME, VERSION } from '../api/version';
import { parseArgs } from './args';
import type { CliCommand, CliIo } from './command';
import { COMMANDS } from './commands';

const CONSOLE_IO: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

export function helpText(commands: readonly CliCommand[] = COMMANDS): string {
  const lines = [
    `${PRODUCT_NAME} ${VERSION} — dòng lệnh cho quản trị viên`,
    '',
    'Cách dùng: vanthu <lệnh> [tùy chọn]   (hoặc: npm run cli -- <lệnh>)',
    '',
    'Lệnh:',
    ...commands.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`),
    '',
    'Tùy chọn chung:',
    '  --data-dir DIR   thư mục dữ liệu (mặc định: thư mục dữ liệu của ứng dụng, hoặc VANTHU_DATA_DIR)',
    '  --help           in hướng dẫn này',
  ];
  return lines.join('\n');
}

/** Runs the command line; returns the exit code (0 ok, 1 error, 2 bad usage or refused). */
export async function runCli(argv: readonly string[], io: CliIo = CONSOLE_IO): Promise<number> {
  const command = findCommand(argv);
  if (!command || argv.includes('--help') || argv.includes('-h')) {
    io.out(helpText());
    return command || argv.length === 0 || argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  const args = parseArgs(argv.slice(command.words.length), new Set(command.booleanFlags ?? []));
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof AppError) {
      io.err(error.message);
      return 2;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function findCommand(argv: readonly string[]): CliCommand | undefined {
  return [...COMMANDS].sort((a, b) => b.words.length - a.words.length).find((c) => c.words.every((word, i) => argv[i] === word));
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
