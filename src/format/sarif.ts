// TODO(formats): --format sarif is built in the lint issue.
import type { Formatter } from './types.js';

const sarif: Formatter = () => {
  throw new Error('--format sarif is not built yet');
};
export default sarif;
