import type { intakeContract } from '@shared/contract/intake';
import { AppError } from '@shared/errors';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf, canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import type { JobRunner } from '../jobs/job-runner';
import { readIntake, registerIntake } from './intake-service';

export function createIntakeHandlers(ctx: ServiceContext, deps: { jobs: JobRunner }): HandlersFor<typeof intakeContract> {
  return {
    'intake.read': (input) => readIntake(ctx, deps.jobs, input),
    'intake.register': (input, call) => {
      if (input.document.secrecy !== null && !canSeeSecret(call))
        throw new AppError('FORBIDDEN', 'Tài khoản của bạn không được đăng ký văn bản mật.');
      return registerIntake(ctx, input, actorOf(call));
    },
  };
}
