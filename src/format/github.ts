// TODO(formats): --format github is built in the lint issue.
import type { Formatter } from './types.js';

const github: Formatter = () => {
  throw new Error('--format github is not built yet');
};
export default github;
