; Windows installer additions (electron-builder's nsis.include): lists Study Notebook under
; "Open with" for every document type it imports, without becoming any type's default. Each
; extension gets our ProgID in OpenWithProgids (HKCU: the installer is per-user); the default
; value of the extension's key, which decides the default app, is never written.
; Keep the list in step with IMPORT_EXTENSIONS (tests/unit/scripts/packaging checks it).

!define SN_PROGID "StudyNotebook.Document"

!macro SN_OPEN_WITH EXT
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${SN_PROGID}" ""
!macroend

!macro SN_NO_OPEN_WITH EXT
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${SN_PROGID}"
!macroend

!macro SN_EACH_EXT MACRO
  !insertmacro ${MACRO} ".md"
  !insertmacro ${MACRO} ".markdown"
  !insertmacro ${MACRO} ".txt"
  !insertmacro ${MACRO} ".text"
  !insertmacro ${MACRO} ".csv"
  !insertmacro ${MACRO} ".tsv"
  !insertmacro ${MACRO} ".apkg"
  !insertmacro ${MACRO} ".colpkg"
  !insertmacro ${MACRO} ".ipynb"
  !insertmacro ${MACRO} ".html"
  !insertmacro ${MACRO} ".htm"
  !insertmacro ${MACRO} ".xhtml"
  !insertmacro ${MACRO} ".docx"
  !insertmacro ${MACRO} ".pdf"
  !insertmacro ${MACRO} ".gift"
  !insertmacro ${MACRO} ".org"
  !insertmacro ${MACRO} ".rst"
!macroend

!macro customInstall
  WriteRegStr HKCU "Software\Classes\${SN_PROGID}" "" "Question document (Study Notebook)"
  WriteRegStr HKCU "Software\Classes\${SN_PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr HKCU "Software\Classes\${SN_PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  !insertmacro SN_EACH_EXT SN_OPEN_WITH
  ; SHCNE_ASSOCCHANGED: Explorer re-reads the associations.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend

!macro customUnInstall
  !insertmacro SN_EACH_EXT SN_NO_OPEN_WITH
  DeleteRegKey HKCU "Software\Classes\${SN_PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend
