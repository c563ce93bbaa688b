; Per-user installer of Thư ký Ban Chỉ đạo: no administrator rights, no UAC prompt.
; Built by `python tools/build_bundle.py --installer`, which passes:
;   VERSION     the program's version (pyproject.toml); VERSION_QUAD the same as a.b.c.d
;   SOURCE_DIR  the built folder (dist/ThuKyBCD)
;   OUTFILE     the installer to write
;   APP_EXE     the window program's file name (ThuKyBCD.exe)
;   CLI_EXE     the console program's file name (thuky-bcd-cli.exe)
;   ICON        the program's icon (.ico)
; The program goes to %LOCALAPPDATA%\Programs\ThuKyBCD. The data (%LOCALAPPDATA%\ThuKyBCD: the
; database, its backups, the log, the settings) is never touched by installing, upgrading or
; uninstalling.

Unicode true
ManifestDPIAware true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APP_NAME "ThuKyBCD"
!define APP_TITLE "Thư ký Ban Chỉ đạo"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define UNINSTALLER "Go-cai-dat.exe"
!define SHORTCUT "${APP_TITLE}.lnk"

Name "${APP_TITLE}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_TITLE} ${VERSION}"
VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1066 "ProductName" "${APP_TITLE}"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt ${APP_TITLE}"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "${APP_TITLE}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_VIETNAMESE} "Chương trình (bắt buộc)"
LangString SecProgram ${LANG_ENGLISH} "The program (required)"
LangString SecDesktop ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString DataKept ${LANG_VIETNAMESE} "Dữ liệu của bạn (tệp dữ liệu, bản sao lưu, nhật ký) vẫn được giữ trong $LOCALAPPDATA\${APP_NAME}."
LangString DataKept ${LANG_ENGLISH} "Your data (data file, backups, log) is kept in $LOCALAPPDATA\${APP_NAME}."

Section "$(SecProgram)" SecProgramId
  SectionIn RO
  ; An upgrade replaces the program's files only: the old libraries go first so nothing of the
  ; previous version is left to be loaded by mistake.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  File "/oname=${APP_NAME}.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_NAME}.ico" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_TITLE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_TITLE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_NAME}.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SecDesktopId
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_NAME}.ico" 0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  ; The program's own files, by name: never a recursive delete of the folder itself, in case
  ; someone chose a folder that holds other things.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${APP_NAME}.ico"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
