export { AuditPanel } from './AuditPanel';
