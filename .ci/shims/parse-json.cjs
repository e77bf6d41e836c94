// Stands in for parse-json inside the bundle. cosmiconfig calls it only through its
// own JSON loader, which replylint replaces (src/config/loaders.ts), and for its
// meta-config look at the working folder's package.json, where JSON.parse does the
// same job without evaluating @babel/code-frame and its colours at every start.
'use strict'
module.exports = function parseJson(text, reviver) {
  return JSON.parse(text, typeof reviver === 'function' ? reviver : undefined)
}
