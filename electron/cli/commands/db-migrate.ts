import { AppError } from '@shared/errors';
import { openDatabase } from '../../db/connection';
import { latestVersion, migrate } from '../../db/migrate';
import { dataPaths, ensureDataDirs, resolveDataDir } from '../../services/paths';
import { stringFlag } from '../args';
import type { CliCommand } from '../command';

export const dbMigrateCommand: CliCommand = {
  words: ['db', 'migrate'],
  summary: 'Nâng cấp cơ sở dữ liệu lên phiên bản mới nhất (có sao lưu trước)',
  usage: 'vanthu db migrate [--data-dir DIR]',
  run(args, io) {
    const paths = dataPaths(resolveDataDir(stringFlag(args, 'data-dir')));
    ensureDataDirs(paths);
    const db = openDatabase(paths.database);
    try {
      const result = migrate(db, { file: paths.database, log: io.out });
      if (result.from === result.to) io.out(`Cơ sở dữ liệu đã ở phiên bản mới nhất (${latestVersion()}).`);
      else io.out(`Đã nâng cấp từ phiên bản ${result.from} lên ${result.to}.`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        io.err(error.message);
        return 2;
      }
      throw error;
    } finally {
      db.close();
    }
  },
};
