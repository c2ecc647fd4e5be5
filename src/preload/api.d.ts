import type { NotebookApi } from '../shared/ipc/api'

declare global {
  interface Window {
    notebook: NotebookApi
  }
}
export {}
