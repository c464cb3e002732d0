export { IncomingScreen } from './IncomingScreen';
