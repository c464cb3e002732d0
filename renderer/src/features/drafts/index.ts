export { DraftsScreen } from './DraftsScreen';
