declare const __VERSION__: string
/** The package version, put in by the build; tests from source see a dev version. */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev'
