// The version exports record beside the catalog they were built against.
import packageJson from '../../package.json';

export const APP_VERSION: string = packageJson.version;
