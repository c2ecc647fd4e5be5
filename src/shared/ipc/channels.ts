/**
 * Channel and event names only, with no runtime dependencies, so the sandboxed preload can
 * bundle them without pulling in the validators.
 */
export const CHANNELS = [
  'app:bootstrap',
  'catalog:overview',
  'catalog:entry',
  'search:query',
  'notes:load',
  'notes:save',
  'study:update',
  'study:resetChecked',
  'study:startSession',
  'study:review',
  'study:progress',
  'sources:list',
  'sources:add',
  'sources:remove',
  'sources:preview',
  'questions:create',
  'questions:update',
  'questions:delete',
  'catalog:correct',
  'catalog:undo',
  'catalog:hidden',
  'catalog:corrections',
  'catalog:discardCorrection',
  'sources:cancel',
  'settings:update',
  'shell:openExternal',
  'export:run',
  'backup:create',
  'backup:list',
  'backup:preview',
  'backup:restore',
  'conflicts:list',
  'conflicts:resolve',
  'backup:undoRestore',
  'dialog:confirmDrop',
  'dialog:pickPath',
  'shell:showItemInFolder',
  'app:flushed',
  // Desktop conventions (#12 items 16–17, #13): the notebook folder, files the OS opened, About.
  'notebookFolder:choose',
  'notebookFolder:apply',
  'app:takeOpenedFiles',
  'app:about',
  // Reopen where I left off: the window's search, filters and open question (#12 item 15).
  'session:save',
  // --- git sync of the notebook folder (src/main/services/sync) ---
  'sync:status',
  'sync:configure',
  'sync:setToken',
  'sync:clearToken',
  'sync:now'
] as const
export type Channel = (typeof CHANNELS)[number]

export const EVENTS = [
  'notes:changed',
  'index:progress',
  'catalog:changed',
  'app:notice',
  'app:command',
  'app:flush-request',
  'conflicts:changed',
  'export:progress',
  // Desktop: the OS opened files with the app (double-click, "Open with", argv).
  'app:files-opened',
  // --- git sync ---
  'sync:changed'
] as const
export type EventName = (typeof EVENTS)[number]
