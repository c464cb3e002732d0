export { OutgoingScreen } from './OutgoingScreen';
