/**
 * The `.gitignore` the sync writes into a notebook folder it turns into a repository: OS junk,
 * editors' swap files and the temp files of sync tools and of our own atomic writes, none of
 * which is the user's work.
 */

/** The file's content (the user may extend it; an existing one is never rewritten). */
export const NOTEBOOK_GITIGNORE = `# Written by Study Notebook's git sync: files that are not your notes.
.DS_Store
Thumbs.db
desktop.ini
._*
*~
*.swp
*.tmp
.~lock.*
# Sync tools' temp and state files
.stfolder
.stversions
.syncthing.*
*.syncthing-tmp
.dropbox
.dropbox.attr
.dropbox.cache
~$*
# Study Notebook's own half-written files (atomic writes rename them into place)
*.tmp-*
`
