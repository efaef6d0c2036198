; Inno Setup script: Exhibit for Windows, installed for the current user (no administrator).
; Built on Windows after PyInstaller (see .github/workflows/build.yml):
;   iscc /DVersion=0.1.0 packaging\windows\exhibit.iss
; Input: dist\exhibit\ (exhibit.exe: the command, ExhibitApp.exe: the app without a console).
; Output: dist\exhibit-VERSION-windows-x64-setup.exe
; Projects (folders named *.exhibit) get "Open in Exhibit" in Explorer's folder menu; partner
; packages (*.exhibit-pkg files) open in Exhibit by double-click.

#ifndef Version
  #define Version "0.1.0"
#endif
#define AppExe "ExhibitApp.exe"

[Setup]
AppId=de.exhibit.Exhibit
AppName=Exhibit
AppVersion={#Version}
AppPublisher=Exhibit developers
AppPublisherURL=https://exhibit.example.org/
DefaultDirName={autopf}\Exhibit
DefaultGroupName=Exhibit
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=exhibit-{#Version}-windows-x64-setup
SetupIconFile=..\..\build\exhibit.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.ProjectType=Exhibit project
de.ProjectType=Exhibit-Projekt
zh_CN.ProjectType=Exhibit 项目
en.PackageType=Exhibit partner package
de.PackageType=Exhibit-Partnerpaket
zh_CN.PackageType=Exhibit 合作伙伴数据包
en.OpenInExhibit=Open in Exhibit
de.OpenInExhibit=In Exhibit öffnen
zh_CN.OpenInExhibit=在 Exhibit 中打开
en.Comment=Catalogue, caption and print a photo exhibition sent abroad
de.Comment=Eine Fotoausstellung für das Ausland katalogisieren, zweisprachig beschriften und drucken
zh_CN.Comment=为赴外展出的摄影展编目、撰写双语说明并打印目录

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\exhibit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Exhibit"; Filename: "{app}\{#AppExe}"; Comment: "{cm:Comment}"; AppUserModelID: "de.exhibit.Exhibit"
Name: "{autodesktop}\Exhibit"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install (HKLM when an administrator chose "all users").
; Partner packages: a file type of their own.
Root: HKA; Subkey: "Software\Classes\.exhibit-pkg"; ValueType: string; ValueName: ""; ValueData: "de.exhibit.Exhibit.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\de.exhibit.Exhibit.Package"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\de.exhibit.Exhibit.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\de.exhibit.Exhibit.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Projects are folders named *.exhibit: the .exhibit type (for a shortcut or a file dropped on
; the app) and "Open in Exhibit" on every folder, which Exhibit refuses kindly when the folder
; is not a project.
Root: HKA; Subkey: "Software\Classes\.exhibit"; ValueType: string; ValueName: ""; ValueData: "de.exhibit.Exhibit.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\de.exhibit.Exhibit.Project"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\de.exhibit.Exhibit.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Directory\shell\de.exhibit.Exhibit"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenInExhibit}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Directory\shell\de.exhibit.Exhibit"; ValueType: string; ValueName: "Icon"; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Directory\shell\de.exhibit.Exhibit\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".exhibit-pkg"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Exhibit}"; Flags: nowait postinstall skipifsilent
