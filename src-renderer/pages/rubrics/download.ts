// The one download helper lives in lib/; rubric pages import it from here with their media types.
export { downloadText } from '../../lib/download.js';

export const RUBRIC_MEDIA_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  case: 'application/json',
} as const;
