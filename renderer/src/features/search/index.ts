export { SearchScreen } from './SearchScreen';
export { openSearchSpotlight, SearchSpotlight } from './SearchSpotlight';
