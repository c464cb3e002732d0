import type { authContract } from '@shared/contract/auth';
import type { usersContract } from '@shared/contract/users';
import type { HandlersFor } from '../../api/handler-types';
import type { AuthService } from './auth-service';
import type { UsersService } from './users-service';

export function createAuthHandlers(auth: AuthService): HandlersFor<typeof authContract> {
  return {
    'auth.status': (_input, call) => auth.status(call),
    'auth.setupAdmin': (input, call) => auth.setupAdmin(input, call),
    'auth.login': (input, call) => auth.login(input, call),
    'auth.logout': (_input, call) => auth.logout(call),
    'auth.lock': (_input, call) => auth.lock(call),
    'auth.unlock': (input, call) => auth.unlock(input, call),
    'auth.changePassword': (input, call) => auth.changePassword(input, call),
  };
}

export function createUsersHandlers(users: UsersService): HandlersFor<typeof usersContract> {
  return {
    'users.list': () => users.list(),
    'users.create': (input) => users.create(input),
    'users.update': (input, call) => users.update(input, call),
    'users.setActive': (input, call) => users.setActive(input, call),
    'users.resetPassword': (input, call) => users.resetPassword(input, call),
    'users.unlock': (input) => users.unlock(input),
  };
}
