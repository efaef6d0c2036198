<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CaptionEditors</name>
    <message>
        <source>{n} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This project is already open in another Exhibit window or on another computer.</source>
        <translation>此项目已在另一个 Exhibit 窗口或另一台电脑上打开。</translation>
    </message>
    <message>
        <source>Close it there and open it here again. Only one window may change a project at a time, so that no edit is lost.</source>
        <translation>请先在那里关闭，再在此处重新打开。为避免丢失修改，同一时间只能有一个窗口编辑项目。</translation>
    </message>
    <message>
        <source>The original photo file cannot be found where it was imported from.</source>
        <translation>在导入时的位置找不到照片原始文件。</translation>
    </message>
    <message>
        <source>Put the file back, or relink the work to where the file is now. The work and its captions are kept.</source>
        <translation>请将文件放回原处，或将作品重新链接到文件现在的位置。作品及其图片说明都会保留。</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved.</source>
        <translation>磁盘已满，无法保存此修改。</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds the project, then try again. Everything saved before is safe.</source>
        <translation>请在存放项目的磁盘上释放一些空间，然后重试。之前保存的内容都安全无损。</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Exhibit.</source>
        <translation>此项目由较新版本的 Exhibit 保存。</translation>
    </message>
    <message>
        <source>Open it with that newer version. The project was not changed.</source>
        <translation>请使用该新版本打开。项目未被更改。</translation>
    </message>
    <message>
        <source>This folder is not an Exhibit project.</source>
        <translation>此文件夹不是 Exhibit 项目。</translation>
    </message>
    <message>
        <source>Choose the project folder (it contains catalogue.sqlite), or create a project.</source>
        <translation>请选择项目文件夹（其中包含 catalogue.sqlite），或新建一个项目。</translation>
    </message>
    <message>
        <source>There is already a project or other files in this folder.</source>
        <translation>此文件夹中已有项目或其他文件。</translation>
    </message>
    <message>
        <source>Choose an empty folder or a new name for the project.</source>
        <translation>请选择一个空文件夹，或为项目换一个新名称。</translation>
    </message>
    <message>
        <source>The project&apos;s catalogue file is damaged.</source>
        <translation>项目的目录文件已损坏。</translation>
    </message>
    <message>
        <source>Restore the latest copy from the project&apos;s backups folder. Exhibit keeps a backup from each time the project was opened.</source>
        <translation>请从项目的 backups 文件夹中恢复最新的副本。每次打开项目时，Exhibit 都会保存一份备份。</translation>
    </message>
    <message>
        <source>Exhibit is not allowed to read or write this file or folder.</source>
        <translation>Exhibit 无权读取或写入此文件或文件夹。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose another place.</source>
        <translation>请检查文件的访问权限，或选择其他位置。</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Exhibit</translation>
    </message>
    <message>
        <source>Check the message above, then try again.</source>
        <translation>请查看上面的信息，然后重试。</translation>
    </message>
    <message>
        <source>Exhibit: unexpected error</source>
        <translation>Exhibit：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Exhibit: {message}</source>
        <translation>Exhibit 内部出错：{message}</translation>
    </message>
    <message>
        <source>What you saved before is safe. Please report this problem and include the details below.</source>
        <translation>之前保存的内容都安全无损。请报告此问题，并附上下面的详细信息。</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(multiple values)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullScreenPreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number} · {position} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在查找照片…</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Show only duplicates and failures</source>
        <translation>只显示重复和失败的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cancelling… (the current photo is finished first)</source>
        <translation>正在取消…（会先完成当前这张照片）</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>正在导入 %n 张照片…</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{rate} photos per second, about {time} left</source>
        <translation>每秒 {rate} 张，预计还需 {time}</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>导入已中断</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何照片</translation>
    </message>
    <message>
        <source>No photos to import</source>
        <translation>没有可导入的照片</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n photo(s) imported and kept</source>
        <translation>
            <numerusform>导入已取消：已导入并保留 %n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n photo(s) imported</source>
        <translation>
            <numerusform>导入完成：已导入 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {n}</source>
        <translation>已导入：{n}</translation>
    </message>
    <message>
        <source>Duplicates: {n}</source>
        <translation>重复：{n}</translation>
    </message>
    <message>
        <source>Failed: {n}</source>
        <translation>失败：{n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>已跳过：{n}</translation>
    </message>
    <message>
        <source>{counts} (in {time}).</source>
        <translation>{counts}（用时 {time}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not started.</source>
        <translation>
            <numerusform>%n 个文件未开始处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>as No. {number}</source>
        <translation>编号 {number}</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>duplicate of No. {number}</source>
        <translation>与编号 {number} 重复</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>不到一秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">详情</translation>
    </message>
    <message>
        <source>From the photo (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number} · {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n works selected: changes apply to all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">文件</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: relink it or put the file back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTitlesDialog</name>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Untitled section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section (its works are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the works of “{name}” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message numerus="yes">
        <source>Set {field} of %n work(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n work(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n work(s) to another section</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkDelegate</name>
    <message>
        <source>The original file is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
