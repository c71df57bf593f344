// TODO(formats): --format junit is built in the lint issue.
import type { Formatter } from './types.js';

const junit: Formatter = () => {
  throw new Error('--format junit is not built yet');
};
export default junit;
