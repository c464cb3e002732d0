export { AgencyForm } from './AgencyForm';
export { SetupScreen } from './SetupScreen';
