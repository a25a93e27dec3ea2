/** The project's version, stamped from package.json by `npm run manifests`. */
export const VERSION = '1.0.0'
