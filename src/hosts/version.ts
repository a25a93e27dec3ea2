/** The project's version, stamped by the build from package.json. */
export const VERSION = '0.1.0'
