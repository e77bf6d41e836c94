/**
 * cosmiconfig, imported only when a folder may hold a config file (load.ts).
 * A static import here, so the bundle sees its named export; load.ts imports
 * this module lazily.
 */
import { cosmiconfig } from 'cosmiconfig'
import { loaders } from './loaders.js'

export type Explorer = ReturnType<typeof cosmiconfig>

export function createExplorer(searchPlaces: string[]): Explorer {
  // searchStrategy "none": cosmiconfig looks in one folder per call; load.ts walks
  // upward itself so that each folder is listed once and shared by every file below it.
  return cosmiconfig('replylint', { searchPlaces, loaders, searchStrategy: 'none', cache: true })
}
