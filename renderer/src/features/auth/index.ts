export { AdminAccountForm } from './AdminAccountForm';
export { LockOverlay } from './LockOverlay';
export { LoginScreen } from './LoginScreen';
export { PasswordScreen } from './PasswordScreen';
export { UserMenu } from './UserMenu';
export { useIdleLock } from './use-idle-lock';
