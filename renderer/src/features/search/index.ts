export { openSearchSpotlight, SearchSpotlight } from './SearchSpotlight';
