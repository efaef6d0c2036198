<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>CaptionClipboard</name>
        <message>
            <source>Copy Captions</source>
            <translation>复制图片说明</translation>
        </message>
        <message>
            <source>Paste Captions</source>
            <translation>粘贴图片说明</translation>
        </message>
        <message>
            <source>Captions of No. {number} copied</source>
            <translation>已复制编号 {number} 的图片说明</translation>
        </message>
    </context>
    <context>
        <name>CaptionEditors</name>
        <message>
            <source>Accept</source>
            <translation>采纳</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>保留本方</translation>
        </message>
        <message>
            <source>Suggested ({origin}): {text}</source>
            <translation>建议（{origin}）：{text}</translation>
        </message>
        <message>
            <source>(multiple values)</source>
            <translation>（多个值）</translation>
        </message>
        <message>
            <source>{n} / {limit}</source>
            <translation>{n} / {limit}</translation>
        </message>
    </context>
    <context>
        <name>ConditionCheckDialog</name>
        <message>
            <source>Record Condition</source>
            <translation>记录品相</translation>
        </message>
        <message>
            <source>(the selected works)</source>
            <translation>（所选作品）</translation>
        </message>
        <message>
            <source>Crate {number}</source>
            <translation>{number} 号箱</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>作品</translation>
        </message>
        <message>
            <source>Hand-over</source>
            <translation>交接</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Examiner</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Notes: what changed, where, how large</source>
            <translation>备注：有何变化、位置、大小</translation>
        </message>
        <message>
            <source>Condition per zone</source>
            <translation>各部位品相</translation>
        </message>
        <message>
            <source>All Good</source>
            <translation>全部良好</translation>
        </message>
        <message>
            <source>Add Damage Photo…</source>
            <translation>添加损伤照片…</translation>
        </message>
        <message numerus="yes">
            <source>%n work(s): No. {numbers}</source>
            <translation>
                <numerusform>%n 件作品：编号 {numbers}</numerusform>
            </translation>
        </message>
        <message>
            <source>No works.</source>
            <translation>没有作品。</translation>
        </message>
        <message>
            <source>Photos of Damage</source>
            <translation>损伤照片</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>图像 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
        <message>
            <source>There are no works to check.</source>
            <translation>没有需要检查的作品。</translation>
        </message>
        <message>
            <source>Give the place and the examiner's name.</source>
            <translation>请填写地点和检查人姓名。</translation>
        </message>
    </context>
    <context>
        <name>ConditionPanel</name>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Examiner</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Record Check…</source>
            <translation>记录检查…</translation>
        </message>
        <message>
            <source>Remove Check</source>
            <translation>删除检查</translation>
        </message>
        <message numerus="yes">
            <source>Record one check for all %n selected works.</source>
            <translation>
                <numerusform>为所选的 %n 件作品记录同一次检查。</numerusform>
            </translation>
        </message>
        <message>
            <source>No condition checks yet.</source>
            <translation>尚无品相检查记录。</translation>
        </message>
        <message>
            <source>Worse than at the check before</source>
            <translation>比上次检查时变差</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n 张照片</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Merge Conflicts</source>
            <translation>合并冲突</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>本方</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>Keep Ours</source>
            <translation>保留本方</translation>
        </message>
        <message>
            <source>Take Theirs</source>
            <translation>采用对方</translation>
        </message>
        <message>
            <source>Keep All Ours</source>
            <translation>全部保留本方</translation>
        </message>
        <message>
            <source>Take All Theirs</source>
            <translation>全部采用对方</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) were changed here and at the partner office. Yours are kept until you decide.</source>
            <translation>
                <numerusform>%n 个字段在本方和合作方都被修改。在您决定之前保留本方内容。</numerusform>
            </translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>没有未解决的冲突。</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>第 {number} 号</translation>
        </message>
        <message>
            <source>removed work</source>
            <translation>已删除的作品</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>展览</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>单元</translation>
        </message>
        <message numerus="yes">
            <source>Keep ours in %n conflict(s)</source>
            <translation>
                <numerusform>在 %n 个冲突中保留本方</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take theirs in %n conflict(s)</source>
            <translation>
                <numerusform>在 %n 个冲突中采用对方</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
    </context>
    <context>
        <name>DocumentsDialog</name>
        <message>
            <source>Print Documents</source>
            <translation>打印文件</translation>
        </message>
        <message>
            <source>Preflight</source>
            <translation>印前检查</translation>
        </message>
        <message>
            <source>Write even with preflight errors</source>
            <translation>即使有印前检查错误也输出</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Wall labels</source>
            <translation>展签</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>展品清单</translation>
        </message>
        <message>
            <source>Condition reports</source>
            <translation>品相报告</translation>
        </message>
        <message>
            <source>Loan record and insurance schedule</source>
            <translation>借展协议与保险清单</translation>
        </message>
        <message>
            <source>All works</source>
            <translation>全部作品</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected work(s)</source>
            <translation>
                <numerusform>所选的 %n 件作品</numerusform>
            </translation>
        </message>
        <message>
            <source>Works</source>
            <translation>作品</translation>
        </message>
        <message>
            <source>The venue's language first</source>
            <translation>展出地语言在前</translation>
        </message>
        <message>
            <source>The source language first</source>
            <translation>源语言在前</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Print shop (PDF/X-4, CMYK output intent)</source>
            <translation>印刷厂（PDF/X-4，CMYK 输出意图）</translation>
        </message>
        <message>
            <source>Screen and e-mail (RGB)</source>
            <translation>屏幕与电子邮件（RGB）</translation>
        </message>
        <message>
            <source>For</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>a5, a6 or width x height in mm, e.g. 200x100</source>
            <translation>a5、a6 或 宽 x 高（毫米），例如 200x100</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>Several on A4 with cut marks</source>
            <translation>多张拼在 A4 上，带裁切线</translation>
        </message>
        <message>
            <source>Several on A3 with cut marks</source>
            <translation>多张拼在 A3 上，带裁切线</translation>
        </message>
        <message>
            <source>One per page</source>
            <translation>每页一张</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>A QR code to this address; {number} is the catalogue number</source>
            <translation>指向此地址的二维码；{number} 为目录编号</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>二维码</translation>
        </message>
        <message>
            <source>Print the captions</source>
            <translation>打印说明文字</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message>
            <source>No works.</source>
            <translation>没有作品。</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preflight found errors; nothing was written. Fix them or tick 'Write even with preflight errors'.</source>
            <translation>印前检查发现错误，未输出任何文件。请修正，或勾选“即使有印前检查错误也输出”。</translation>
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
            <source>The project's catalogue file is damaged.</source>
            <translation>项目的目录文件已损坏。</translation>
        </message>
        <message>
            <source>Restore the latest copy from the project's backups folder. Exhibit keeps a backup from each time the project was opened.</source>
            <translation>请从项目的 backups 文件夹中恢复最新的副本。每次打开项目时，Exhibit 都会保存一份备份。</translation>
        </message>
        <message>
            <source>This project is open for reading only.</source>
            <translation>此项目以只读方式打开。</translation>
        </message>
        <message>
            <source>Nothing was changed. Close the other window or program that has the project open, then open it here again.</source>
            <translation>未做任何更改。请关闭打开此项目的其他窗口或程序，然后在这里重新打开。</translation>
        </message>
        <message>
            <source>A backup of the catalogue could not be written.</source>
            <translation>无法写入目录的备份。</translation>
        </message>
        <message>
            <source>Free some space on the disk that holds the project, or check its permissions. The catalogue itself was not changed.</source>
            <translation>请在存放项目的磁盘上腾出空间，或检查其权限。目录本身未被更改。</translation>
        </message>
        <message>
            <source>This project was saved by an older version of Exhibit and must be upgraded.</source>
            <translation>此项目由旧版 Exhibit 保存，必须先升级。</translation>
        </message>
        <message>
            <source>Close it in the other window or program that has it open, then open it here again: it is upgraded after a backup.</source>
            <translation>请在打开它的其他窗口或程序中关闭它，然后在这里重新打开：备份后即会升级。</translation>
        </message>
        <message>
            <source>Exhibit is not allowed to read or write this file or folder.</source>
            <translation>Exhibit 无权读取或写入此文件或文件夹。</translation>
        </message>
        <message>
            <source>Check the file's permissions, or choose another place.</source>
            <translation>请检查文件的访问权限，或选择其他位置。</translation>
        </message>
        <message>
            <source>An original photo cannot be read as a photo.</source>
            <translation>有一张原始照片无法作为照片读取。</translation>
        </message>
        <message>
            <source>Check the file named below: put a readable copy in its place, or relink the work. The original is never changed by Exhibit.</source>
            <translation>请检查下面列出的文件：用一份可读的副本替换它，或重新关联该作品。Exhibit 从不修改原始文件。</translation>
        </message>
        <message>
            <source>Preflight found errors, so nothing was exported.</source>
            <translation>印前检查发现错误，因此未导出任何内容。</translation>
        </message>
        <message>
            <source>Correct the errors listed in the preflight panel, or export anyway if you accept them.</source>
            <translation>请更正印前检查面板中列出的错误；如果可以接受这些错误，也可以仍然导出。</translation>
        </message>
        <message>
            <source>A value in the catalogue cannot be used as it is.</source>
            <translation>目录中的某个值无法按原样使用。</translation>
        </message>
        <message>
            <source>Nothing was written. Check the value named below; a partner package that brought it may have been altered.</source>
            <translation>未写入任何内容。请检查下面列出的值；带来该值的合作方数据包可能已被篡改。</translation>
        </message>
        <message>
            <source>The work is no longer in the catalogue.</source>
            <translation>该作品已不在目录中。</translation>
        </message>
        <message>
            <source>It may have been removed meanwhile. Nothing was changed.</source>
            <translation>它可能已在此期间被移除。未做任何更改。</translation>
        </message>
        <message>
            <source>The section is no longer in the catalogue.</source>
            <translation>该单元已不在目录中。</translation>
        </message>
        <message>
            <source>It may have been deleted meanwhile. Nothing was changed.</source>
            <translation>它可能已在此期间被删除。未做任何更改。</translation>
        </message>
        <message>
            <source>A value does not fit its field.</source>
            <translation>某个值不符合其字段的要求。</translation>
        </message>
        <message>
            <source>Correct the value named below. Nothing was changed.</source>
            <translation>请更正下面列出的值。未做任何更改。</translation>
        </message>
        <message>
            <source>This is not a language Exhibit can use.</source>
            <translation>Exhibit 无法使用这种语言。</translation>
        </message>
        <message>
            <source>Use a language tag such as de, en or zh-Hans. Nothing was changed.</source>
            <translation>请使用 de、en 或 zh-Hans 这样的语言代码。未做任何更改。</translation>
        </message>
        <message>
            <source>Exhibit could not start its helper processes.</source>
            <translation>Exhibit 无法启动其辅助进程。</translation>
        </message>
        <message>
            <source>Nothing was done and the files are not to blame. Close other programs to free memory, then try again; if it happens again, reinstall Exhibit.</source>
            <translation>未执行任何操作，问题不在文件本身。请关闭其他程序以释放内存，然后重试；如果再次出现，请重新安装 Exhibit。</translation>
        </message>
        <message>
            <source>The demo exhibition could not be made completely.</source>
            <translation>演示展览未能完整创建。</translation>
        </message>
        <message>
            <source>Some of its photos were not imported (see below). Delete the demo folder and make the demo again.</source>
            <translation>其中部分照片未能导入（见下文）。请删除演示文件夹，然后重新创建演示。</translation>
        </message>
        <message>
            <source>This partner package cannot be used.</source>
            <translation>无法使用此合作方数据包。</translation>
        </message>
        <message>
            <source>Nothing was changed. Ask your partner to send the package again: it may be incomplete or altered on the way.</source>
            <translation>未做任何更改。请让合作方重新发送数据包：它可能在传送途中不完整或被篡改。</translation>
        </message>
        <message>
            <source>This partner package belongs to another exhibition.</source>
            <translation>此合作方数据包属于另一个展览。</translation>
        </message>
        <message>
            <source>Nothing was changed. Open the project of that exhibition, or ask for the package of this one.</source>
            <translation>未做任何更改。请打开那个展览的项目，或索取本展览的数据包。</translation>
        </message>
        <message>
            <source>This file cannot be read as a translation.</source>
            <translation>此文件无法作为译文读取。</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the file named below, or ask the translator for the file as it was exported.</source>
            <translation>未做任何更改。请检查下面列出的文件，或向译者索取按导出原样保存的文件。</translation>
        </message>
        <message>
            <source>Exhibit (the app)</source>
            <translation>Exhibit 应用程序</translation>
        </message>
        <message>
            <source>the command “{command}”</source>
            <translation>命令“{command}”</translation>
        </message>
        <message>
            <source>on this computer</source>
            <translation>本机上</translation>
        </message>
        <message>
            <source>on the computer “{host}”</source>
            <translation>计算机“{host}”上</translation>
        </message>
        <message>
            <source>{who} {where}, process {pid}</source>
            <translation>{where}的{who}（进程 {pid}）</translation>
        </message>
        <message>
            <source>{who} {where}, process {pid}, since {time}</source>
            <translation>{where}的{who}（进程 {pid}，自 {time} 起）</translation>
        </message>
        <message>
            <source>This project is already open in {holder}.</source>
            <translation>此项目已被{holder}打开。</translation>
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
        <name>ExhibitionSettingsDialog</name>
        <message>
            <source>Exhibition Settings</source>
            <translation>展览设置</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Dates and languages</source>
            <translation>日期和语言</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="vanished">YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Language tags separated by commas, the source language first: de, zh-Hans</source>
            <translation>语言代码，以逗号分隔，源语言在前：de, zh-Hans</translation>
        </message>
        <message>
            <source>Project languages</source>
            <translation>项目语言</translation>
        </message>
        <message>
            <source>Texts of a language you remove are kept and come back with it.</source>
            <translation>删除某种语言后，其文字仍会保留，重新添加该语言时即可恢复。</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>画册</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>居中</translation>
        </message>
        <message>
            <source>The point of the cover photo that stays in view when the cover crops it: across and down from the top left corner, each from 0 to 1, e.g. 0.5,0.3</source>
            <translation>封面裁切时保持可见的封面照片焦点：自左上角起的横向与纵向位置，各为 0 到 1，例如 0.5,0.3</translation>
        </message>
        <message>
            <source>{closing} is before {opening}</source>
            <translation>{closing}早于{opening}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Catalogue</source>
            <translation>导出图录</translation>
        </message>
        <message>
            <source>Export the catalogue as a PDF for print</source>
            <translation>将图录导出为可印刷的 PDF</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>Export &amp;Anyway</source>
            <translation>仍然导出(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>返回(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Open PDF</source>
            <translation>打开 PDF(&amp;O)</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>在文件夹中显示(&amp;F)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>PDF file:</source>
            <translation>PDF 文件：</translation>
        </message>
        <message>
            <source>A4 (21 × 29.7 cm)</source>
            <translation>A4（21 × 29.7 厘米）</translation>
        </message>
        <message>
            <source>A5 (14.8 × 21 cm)</source>
            <translation>A5（14.8 × 21 厘米）</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>美国信纸（Letter）</translation>
        </message>
        <message>
            <source>Square (21 × 21 cm)</source>
            <translation>方形（21 × 21 厘米）</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>页面尺寸：</translation>
        </message>
        <message>
            <source>One photo per page, with captions</source>
            <translation>每页一张照片，含图片说明</translation>
        </message>
        <message>
            <source>Two photos per page, with captions</source>
            <translation>每页两张照片，含图片说明</translation>
        </message>
        <message>
            <source>Four photos per page, titles only</source>
            <translation>每页四张照片，仅含标题</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>版式：</translation>
        </message>
        <message>
            <source>Print shop (PDF/X-4, CMYK output intent)</source>
            <translation>印刷厂（PDF/X-4，CMYK 输出意图）</translation>
        </message>
        <message>
            <source>Screen and e-mail (RGB, smaller)</source>
            <translation>屏幕和电子邮件（RGB，文件较小）</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <source>FOGRA39, coated paper (Europe, ISO 12647-2)</source>
            <translation>FOGRA39，铜版纸（欧洲，ISO 12647-2）</translation>
        </message>
        <message>
            <source>GRACoL 2006, coated paper (ISO 12647-2)</source>
            <translation>GRACoL 2006，铜版纸（ISO 12647-2）</translation>
        </message>
        <message>
            <source>Printing condition:</source>
            <translation>印刷条件：</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>automatic (300 for print, 150 for the screen)</source>
            <translation>自动（印刷 300，屏幕 150）</translation>
        </message>
        <message>
            <source>Image resolution:</source>
            <translation>图像分辨率：</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> 毫米</translation>
        </message>
        <message>
            <source>Crop marks</source>
            <translation>裁切标记</translation>
        </message>
        <message>
            <source>Bleed:</source>
            <translation>出血：</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>单元：</translation>
        </message>
        <message>
            <source>Only works selected for the exhibition (leave out candidates)</source>
            <translation>仅包含入选展览的作品（不含候选作品）</translation>
        </message>
        <message>
            <source>the first photo</source>
            <translation>第一张照片</translation>
        </message>
        <message>
            <source>No. </source>
            <translation>编号 </translation>
        </message>
        <message>
            <source>Cover photo:</source>
            <translation>封面照片：</translation>
        </message>
        <message>
            <source>Open the PDF when it is written</source>
            <translation>生成后打开 PDF</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>未命名单元</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>图录</translation>
        </message>
        <message>
            <source>Export catalogue as</source>
            <translation>图录导出为</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a PDF file to write (ending in .pdf).</source>
            <translation>请选择要写入的 PDF 文件（扩展名为 .pdf）。</translation>
        </message>
        <message>
            <source>Checking the catalogue before printing…</source>
            <translation>正在进行印前检查…</translation>
        </message>
        <message>
            <source>Preflight: originals, resolution, translations</source>
            <translation>印前检查：原始文件、分辨率、翻译</translation>
        </message>
        <message numerus="yes">
            <source>Preflight found %n problem(s) that would show in print</source>
            <translation>
                <numerusform>印前检查发现 %n 个会在印刷中显现的问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix them and export again, or export anyway to look at a proof.</source>
            <translation>请修正后重新导出，或仍然导出以查看校样。</translation>
        </message>
        <message>
            <source>Fix them and export again: some cannot be printed as they are.</source>
            <translation>请修正后重新导出：其中一些问题无法照原样印刷。</translation>
        </message>
        <message>
            <source>Exporting the catalogue…</source>
            <translation>正在导出图录…</translation>
        </message>
        <message>
            <source>Preparing the photos for print</source>
            <translation>正在为印刷准备照片</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>正在写入 PDF</translation>
        </message>
        <message>
            <source>{rate} photos per second, about {time} left</source>
            <translation type="vanished">每秒 {rate} 张，预计还需 {time}</translation>
        </message>
        <message>
            <source>The catalogue is written</source>
            <translation>图录已生成</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n page(s), {size}, in {time}.</source>
            <translation>
                <numerusform>{file}：共 %n 页，{size}，用时 {time}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported despite %n preflight error(s), listed below.</source>
            <translation>
                <numerusform>尽管有 %n 个预检错误仍已导出，详见下方。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preflight noted %n warning(s), listed below.</source>
            <translation>
                <numerusform>印前检查记录了 %n 条警告，见下方列表。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export cancelled. No PDF was written or replaced.</source>
            <translation>导出已取消。没有写入或替换任何 PDF 文件。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>FieldEditors</name>
        <message>
            <source>Section</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>(no crate)</source>
            <translation>（无包装箱）</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>以逗号分隔</translation>
        </message>
        <message>
            <source>(no section)</source>
            <translation>（无单元）</translation>
        </message>
        <message>
            <source>Crate {number}</source>
            <translation>{number} 号箱</translation>
        </message>
        <message>
            <source>(multiple values)</source>
            <translation>（多个值）</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search…</source>
            <translation>搜索…</translation>
        </message>
        <message>
            <source>Titles, captions, locations and credits in every language, catalogue numbers, photographers, tags and file names</source>
            <translation>所有语言的标题、图片说明、地点和署名，以及图录编号、摄影师、标签和文件名</translation>
        </message>
        <message>
            <source>All translations</source>
            <translation>全部翻译</translation>
        </message>
        <message>
            <source>Missing or outdated</source>
            <translation>缺失或已过时</translation>
        </message>
        <message>
            <source>Missing translation</source>
            <translation>缺少翻译</translation>
        </message>
        <message>
            <source>Outdated translation</source>
            <translation>翻译已过时</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <source>Any loan status</source>
            <translation>任意借展状态</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Show every work again</source>
            <translation>重新显示全部作品</translation>
        </message>
    </context>
    <context>
        <name>FullScreenPreview</name>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>No. {number} · {position} of {count}</source>
            <translation>编号 {number} · 第 {position} / {count} 件</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>Exhibit User Guide</source>
            <translation>Exhibit 用户指南</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>指南</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后退</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>前进</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>在指南中查找</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Find Next</source>
            <translation>查找下一个</translation>
        </message>
        <message>
            <source>Find Previous</source>
            <translation>查找上一个</translation>
        </message>
        <message>
            <source>Not found: {text}</source>
            <translation>未找到：{text}</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>User Guide</source>
            <translation>用户指南</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>About Exhibit</source>
            <translation>关于 Exhibit</translation>
        </message>
        <message>
            <source>Exhibit {version}</source>
            <translation>Exhibit {version}</translation>
        </message>
        <message>
            <source>Catalogue, caption and print a photo exhibition sent abroad.</source>
            <translation>为送往海外的摄影展编目、撰写图片说明并印制图录。</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later.</source>
            <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更新版本发布。</translation>
        </message>
        <message>
            <source>Bundled fonts: SIL Open Font License 1.1 (Noto Sans, Source Han Sans).</source>
            <translation>随附字体：SIL 开放字体许可证 1.1（Noto Sans、思源黑体）。</translation>
        </message>
        <message>
            <source>Character list for the Chinese font subset: MIT licence.</source>
            <translation>中文字体子集所用字表：MIT 许可证。</translation>
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
            <translation>{counts}（用时：{time}）。</translation>
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
            <source>the file cannot be read</source>
            <translation>无法读取文件</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>文件过大</translation>
        </message>
        <message>
            <source>not an image</source>
            <translation>不是图像文件</translation>
        </message>
        <message>
            <source>a format this installation cannot read</source>
            <translation>当前安装无法读取此格式</translation>
        </message>
        <message>
            <source>truncated: the image data ends early</source>
            <translation>文件不完整：图像数据提前结束</translation>
        </message>
        <message>
            <source>damaged, cannot be decoded</source>
            <translation>文件已损坏，无法解码</translation>
        </message>
        <message>
            <source>too many pixels to open safely</source>
            <translation>像素过多，无法安全打开</translation>
        </message>
        <message>
            <source>a metadata block too large to read safely</source>
            <translation>元数据块过大，无法安全读取</translation>
        </message>
        <message>
            <source>needs more memory than allowed</source>
            <translation>所需内存超出限制</translation>
        </message>
        <message>
            <source>took too long and was stopped</source>
            <translation>处理时间过长，已停止</translation>
        </message>
        <message>
            <source>made the reading process stop</source>
            <translation>导致读取进程中止</translation>
        </message>
        <message>
            <source>the file name is not valid text: rename the file to import it</source>
            <translation>文件名不是有效的文本：请重命名该文件后再导入</translation>
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
        <name>ImportTranslationDialog</name>
        <message>
            <source>Import Translation</source>
            <translation>导入译文</translation>
        </message>
        <message>
            <source>Trust the approvals in this file</source>
            <translation>信任此文件中的批准状态</translation>
        </message>
        <message>
            <source>Otherwise texts approved in the file come back as 'needs review'</source>
            <translation>否则文件中已批准的文本将以“待审核”状态导入</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>本地</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>文件中</translation>
        </message>
        <message>
            <source>Status or reason</source>
            <translation>状态或原因</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>已更改</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>未更改</translation>
        </message>
        <message>
            <source>conflict: ours kept</source>
            <translation>冲突：保留我方</translation>
        </message>
        <message>
            <source>outdated</source>
            <translation>已过时</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>{file} cannot be imported: {reason}</source>
            <translation>无法导入 {file}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Captions</source>
            <translation>图片说明</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>借展</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>品相</translation>
        </message>
        <message>
            <source>From the photo (read-only)</source>
            <translation>来自照片（只读）</translation>
        </message>
        <message>
            <source>No work selected</source>
            <translation type="vanished">未选择作品</translation>
        </message>
        <message>
            <source>Accept a suggestion</source>
            <translation>采纳建议</translation>
        </message>
        <message>
            <source>Keep our text</source>
            <translation>保留我方文本</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>changed in {office} by {author}, {date}</source>
            <translation>{date}由{author}在{office}修改</translation>
        </message>
        <message>
            <source>changed by {author}, {date}</source>
            <translation>{date}由{author}修改</translation>
        </message>
        <message>
            <source>No work selected. Select a photo to edit its captions.</source>
            <translation>未选择作品。请选择一张照片以编辑其说明文字。</translation>
        </message>
        <message>
            <source>No. {number} · {file}</source>
            <translation>编号 {number} · {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n works selected: changes apply to all</source>
            <translation>
                <numerusform>已选择 %n 件作品：更改将应用于全部</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>无预览</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>原始文件</translation>
        </message>
        <message>
            <source>missing: relink it or put the file back</source>
            <translation>缺失：请重新链接或将文件放回原处</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>拍摄时间</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>相机</translation>
        </message>
        <message>
            <source>Lens</source>
            <translation>镜头</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>曝光</translation>
        </message>
        <message>
            <source>ISO</source>
            <translation>ISO</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>{w} × {h} px</source>
            <translation>{w} × {h} 像素</translation>
        </message>
        <message>
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Copyright</source>
            <translation>版权</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Approved</source>
            <translation>已审定</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>候选</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>图片说明</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>闭幕日期</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>署名</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>版数</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>前言</translation>
        </message>
        <message>
            <source>Frame notes</source>
            <translation>装框说明</translation>
        </message>
        <message>
            <source>Insurance value</source>
            <translation>保险价值</translation>
        </message>
        <message>
            <source>Loan status</source>
            <translation>借展状态</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>遗失</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>待审校</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>On display</source>
            <translation>展出中</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>开幕日期</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Outdated</source>
            <translation>已过时</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>已包装</translation>
        </message>
        <message>
            <source>Photographer</source>
            <translation>摄影师</translation>
        </message>
        <message>
            <source>Print height (cm)</source>
            <translation>打印高度（厘米）</translation>
        </message>
        <message>
            <source>Print width (cm)</source>
            <translation>打印宽度（厘米）</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已归还</translation>
        </message>
        <message>
            <source>Section title</source>
            <translation>单元标题</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>已选定</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已发运</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>展览场地</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>设计</translation>
        </message>
        <message>
            <source>Editors</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>印刷</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>出版</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>翻译</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>到达</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>背面</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借展方</translation>
        </message>
        <message>
            <source>Borrower's address</source>
            <translation>借展方地址</translation>
        </message>
        <message>
            <source>Borrower's contact</source>
            <translation>借展方联系人</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Conditions of loan</source>
            <translation>借展条件</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>保障方式</translation>
        </message>
        <message>
            <source>Crate</source>
            <translation>包装箱</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>鸣谢</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>发运</translation>
        </message>
        <message>
            <source>Dispatch date</source>
            <translation>发运日期</translation>
        </message>
        <message>
            <source>Excellent</source>
            <translation>优</translation>
        </message>
        <message>
            <source>Excess</source>
            <translation>免赔额</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>画框</translation>
        </message>
        <message>
            <source>Frame depth (cm)</source>
            <translation>画框厚度（厘米）</translation>
        </message>
        <message>
            <source>Frame height (cm)</source>
            <translation>画框高度（厘米）</translation>
        </message>
        <message>
            <source>Frame width (cm)</source>
            <translation>画框宽度（厘米）</translation>
        </message>
        <message>
            <source>Glazing</source>
            <translation>玻璃</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>良</translation>
        </message>
        <message>
            <source>Hanging hardware</source>
            <translation>挂件</translation>
        </message>
        <message>
            <source>Image surface</source>
            <translation>画面</translation>
        </message>
        <message>
            <source>Insurer or indemnifier</source>
            <translation>承保方或担保方</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Lender's authoriser</source>
            <translation>出借方授权人</translation>
        </message>
        <message>
            <source>Loan number</source>
            <translation>借展编号</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>卡纸</translation>
        </message>
        <message>
            <source>Mount height (cm)</source>
            <translation>卡纸高度（厘米）</translation>
        </message>
        <message>
            <source>Mount width (cm)</source>
            <translation>卡纸宽度（厘米）</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>包装</translation>
        </message>
        <message>
            <source>Policy number</source>
            <translation>保单号</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>差</translation>
        </message>
        <message>
            <source>Process or medium</source>
            <translation>工艺或材质</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Return due</source>
            <translation>归还期限</translation>
        </message>
        <message>
            <source>Shipper</source>
            <translation>承运方</translation>
        </message>
        <message>
            <source>Venue dispatch</source>
            <translation>展地发运</translation>
        </message>
        <message>
            <source>Cover focal point</source>
            <translation>封面焦点</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>On the web</source>
            <translation>在网上展示</translation>
        </message>
        <message>
            <source>Print run</source>
            <translation>印数</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>LoanActions</name>
        <message>
            <source>Loan Status</source>
            <translation>借展状态</translation>
        </message>
    </context>
    <context>
        <name>LoanRecordDialog</name>
        <message>
            <source>Loan Record</source>
            <translation>借展协议</translation>
        </message>
        <message>
            <source>Borrower, purpose and conditions</source>
            <translation>借展方、目的与条件</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>借展</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>保险</translation>
        </message>
        <message>
            <source>Indemnity</source>
            <translation>政府担保</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Crates</source>
            <translation>包装箱</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Width (cm)</source>
            <translation>宽（厘米）</translation>
        </message>
        <message>
            <source>Height (cm)</source>
            <translation>高（厘米）</translation>
        </message>
        <message>
            <source>Depth (cm)</source>
            <translation>深（厘米）</translation>
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation>重量（千克）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Add Crate</source>
            <translation>添加包装箱</translation>
        </message>
        <message>
            <source>Remove Crate</source>
            <translation>删除包装箱</translation>
        </message>
        <message>
            <source>Put works in a crate in the inspector's Loan section.</source>
            <translation>在检查器的“借展”部分将作品放入包装箱。</translation>
        </message>
        <message>
            <source>Crate {number} is listed twice.</source>
            <translation>{number} 号箱重复列出。</translation>
        </message>
        <message>
            <source>Crate {number}: {text} is not a number.</source>
            <translation>{number} 号箱：{text} 不是数字。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Preflight</source>
            <translation>印前检查</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Import Photos…</source>
            <translation>导入照片…</translation>
        </message>
        <message>
            <source>Add photos from files or folders to the catalogue</source>
            <translation>将文件或文件夹中的照片添加到图录</translation>
        </message>
        <message>
            <source>Full-Screen Preview</source>
            <translation>全屏预览</translation>
        </message>
        <message>
            <source>Check the sequence</source>
            <translation>检查排列顺序</translation>
        </message>
        <message>
            <source>Remove from Catalogue</source>
            <translation>从图录中移除</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>打开原始文件</translation>
        </message>
        <message>
            <source>Show in File Manager</source>
            <translation>在文件管理器中显示</translation>
        </message>
        <message>
            <source>Edit Title</source>
            <translation>编辑标题</translation>
        </message>
        <message>
            <source>Exhibition Settings…</source>
            <translation>展览设置…</translation>
        </message>
        <message>
            <source>Export Catalogue…</source>
            <translation>导出图录…</translation>
        </message>
        <message>
            <source>Write the catalogue as a PDF for print</source>
            <translation>将图录导出为可供印刷的 PDF</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>New Project…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <source>Open Project…</source>
            <translation>打开项目…</translation>
        </message>
        <message>
            <source>Open Recent</source>
            <translation>最近打开</translation>
        </message>
        <message>
            <source>Print Documents…</source>
            <translation>打印文件…</translation>
        </message>
        <message>
            <source>Wall labels, checklist, condition reports and the loan record</source>
            <translation>展签、展品清单、品相报告和借展协议</translation>
        </message>
        <message>
            <source>Export Web Gallery…</source>
            <translation>导出网络画廊…</translation>
        </message>
        <message>
            <source>A bilingual gallery for phones and websites, opened by the labels' QR codes</source>
            <translation>供手机和网站浏览的双语画廊，由展签上的二维码打开</translation>
        </message>
        <message>
            <source>Find Missing Originals…</source>
            <translation>查找缺失的原图…</translation>
        </message>
        <message>
            <source>Search a folder for originals that were moved or renamed</source>
            <translation>在文件夹中查找被移动或重命名的原图</translation>
        </message>
        <message>
            <source>Send for Translation…</source>
            <translation>发送翻译…</translation>
        </message>
        <message>
            <source>Texts out to a translator: XLSX, XLIFF or PO</source>
            <translation>将文本发给译者：XLSX、XLIFF 或 PO</translation>
        </message>
        <message>
            <source>Import Translation…</source>
            <translation>导入译文…</translation>
        </message>
        <message>
            <source>Take translated texts back, field by field</source>
            <translation>逐字段导入翻译好的文本</translation>
        </message>
        <message>
            <source>Send to Partner…</source>
            <translation>发送给合作方…</translation>
        </message>
        <message>
            <source>Make a package (catalogue and previews) for the partner office</source>
            <translation>为合作方制作数据包（目录和预览图）</translation>
        </message>
        <message>
            <source>Merge from Partner…</source>
            <translation>合并合作方的修改…</translation>
        </message>
        <message>
            <source>Take the partner office's changes from a package they sent</source>
            <translation>从合作方发来的数据包中采用其修改</translation>
        </message>
        <message>
            <source>Merge Conflicts…</source>
            <translation>合并冲突…</translation>
        </message>
        <message>
            <source>Fields changed here and at the partner office: decide which to keep</source>
            <translation>本方和合作方都修改过的字段：决定保留哪一个</translation>
        </message>
        <message>
            <source>Open Package…</source>
            <translation>打开数据包…</translation>
        </message>
        <message>
            <source>Close Project</source>
            <translation>关闭项目</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>Loan Record…</source>
            <translation>借展协议…</translation>
        </message>
        <message>
            <source>Borrower, loan period, insurance and crates</source>
            <translation>借展方、借展期限、保险和包装箱</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>首选项…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>What would go wrong in print, kept up to date</source>
            <translation>印刷中可能出现的问题，随时更新</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Show All Works</source>
            <translation>显示全部作品</translation>
        </message>
        <message>
            <source>Larger Thumbnails</source>
            <translation>放大缩略图</translation>
        </message>
        <message>
            <source>Smaller Thumbnails</source>
            <translation>缩小缩略图</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Exhibition Settings</source>
            <translation>展览设置</translation>
        </message>
        <message>
            <source>Without section</source>
            <translation>未分单元</translation>
        </message>
        <message>
            <source>{project} — Exhibit</source>
            <translation>{project} — Exhibit</translation>
        </message>
        <message numerus="yes">
            <source>%n work(s)</source>
            <translation>
                <numerusform>%n 件作品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without complete translation</source>
            <translation>
                <numerusform>%n 件翻译不完整</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with warnings</source>
            <translation>
                <numerusform>%n 件有警告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>显示 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to another section</source>
            <translation>移到另一个单元</translation>
        </message>
        <message>
            <source>Removed No. {number} “{title}”. {undo} puts it back.</source>
            <translation>已移除编号 {number}“{title}”。按 {undo} 可恢复。</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n work(s). {undo} puts them back.</source>
            <translation>
                <numerusform>已移除 %n 件作品。按 {undo} 可恢复。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import a folder of photos</source>
            <translation>导入照片文件夹</translation>
        </message>
        <message>
            <source>Saved for translation: {file}</source>
            <translation>已保存待翻译文件：{file}</translation>
        </message>
        <message>
            <source>Written: {file} ({pages} pages)</source>
            <translation>已输出：{file}（{pages} 页）</translation>
        </message>
        <message>
            <source>Catalogue written: {file}</source>
            <translation>图录已生成：{file}</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <source>Merge from Partner</source>
            <translation>合并合作方的修改</translation>
        </message>
        <message>
            <source>Package from {office}, made {created}.
{taken} fields are taken from the partner, {conflicts} were changed on both sides (yours are kept until you decide), {added} works added, {removed} removed.</source>
            <translation>来自{office}的数据包，制作于 {created}。
采用合作方的 {taken} 个字段，{conflicts} 个字段双方都有修改（在您决定之前保留本方内容），新增 {added} 件作品，删除 {removed} 件。</translation>
        </message>
        <message>
            <source>the partner</source>
            <translation>合作方</translation>
        </message>
        <message>
            <source>The order of works or sections changes.</source>
            <translation>作品或单元的顺序将改变。</translation>
        </message>
        <message>
            <source>This package holds nothing this project does not have already.</source>
            <translation>此数据包中没有本项目尚未包含的内容。</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Here (ours)</source>
            <translation>本方</translation>
        </message>
        <message>
            <source>From the partner (theirs)</source>
            <translation>合作方</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>conflict: yours kept</source>
            <translation>冲突：保留本方</translation>
        </message>
        <message>
            <source>taken from the partner</source>
            <translation>采用合作方</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>第 {number} 号</translation>
        </message>
        <message>
            <source>new work</source>
            <translation>新作品</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>展览</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>单元</translation>
        </message>
    </context>
    <context>
        <name>OrderingActions</name>
        <message>
            <source>Move Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move to Position…</source>
            <translation>移到位置…</translation>
        </message>
        <message>
            <source>Move to Section…</source>
            <translation>移到单元…</translation>
        </message>
        <message>
            <source>Move to Section</source>
            <translation>移到单元</translation>
        </message>
        <message>
            <source>Sort Section By</source>
            <translation>单元排序依据</translation>
        </message>
        <message>
            <source>Date Taken</source>
            <translation>拍摄日期</translation>
        </message>
        <message>
            <source>File Name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>Photographer</source>
            <translation>摄影师</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>&amp;Arrange</source>
            <translation>排列(&amp;A)</translation>
        </message>
        <message>
            <source>Without section</source>
            <translation>未分单元</translation>
        </message>
        <message>
            <source>Move to Position</source>
            <translation>移到位置</translation>
        </message>
        <message>
            <source>Catalogue number:</source>
            <translation>目录编号：</translation>
        </message>
        <message>
            <source>Move to position {number}</source>
            <translation>移到第 {number} 位</translation>
        </message>
        <message>
            <source>Section:</source>
            <translation>单元：</translation>
        </message>
        <message>
            <source>Move to another section</source>
            <translation>移到另一个单元</translation>
        </message>
        <message>
            <source>Sort section</source>
            <translation>单元排序</translation>
        </message>
    </context>
    <context>
        <name>Partner</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Making the partner package…</source>
            <translation>正在制作合作方数据包…</translation>
        </message>
        <message>
            <source>Merge from Partner</source>
            <translation>合并合作方的修改</translation>
        </message>
        <message>
            <source>Merge from {office}</source>
            <translation>合并来自{office}的修改</translation>
        </message>
        <message>
            <source>Package written: {file} ({size} MB)</source>
            <translation>数据包已保存：{file}（{size} MB）</translation>
        </message>
        <message>
            <source>Partner package</source>
            <translation>合作方数据包</translation>
        </message>
        <message>
            <source>Partner packages (*{suffix})</source>
            <translation>合作方数据包 (*{suffix})</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Send to Partner</source>
            <translation>发送给合作方</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Which office works with this copy of the exhibition (e.g. Düren or Jinhua)?
Every edit is recorded under this name, so the partner sees who changed what.</source>
            <translation>哪个机构使用此展览副本（例如：迪伦或金华）？
每次修改都以此名称记录，合作方可以看到谁修改了什么。</translation>
        </message>
        <message>
            <source>Work in the catalogue</source>
            <translation>作品在目录中</translation>
        </message>
        <message>
            <source>Your office</source>
            <translation>您的机构</translation>
        </message>
        <message>
            <source>in the catalogue</source>
            <translation>在目录中</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>合作方</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>已删除</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Language of the window</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source>Thumbnail size</source>
            <translation>缩略图大小</translation>
        </message>
        <message>
            <source>Captions are always edited in the project's languages.</source>
            <translation>图片说明始终以项目语言编辑。</translation>
        </message>
    </context>
    <context>
        <name>PreflightModel</name>
        <message>
            <source>No problems found</source>
            <translation>未发现问题</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n 个错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 条警告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n 条提示</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>No works selected</source>
            <translation>未选择作品</translation>
        </message>
        <message>
            <source>Original missing</source>
            <translation>原始文件缺失</translation>
        </message>
        <message>
            <source>Original unreadable</source>
            <translation>原始文件无法读取</translation>
        </message>
        <message>
            <source>Original changed</source>
            <translation>原始文件已更改</translation>
        </message>
        <message>
            <source>Resolution too low</source>
            <translation>分辨率过低</translation>
        </message>
        <message>
            <source>Translation missing</source>
            <translation>缺少翻译</translation>
        </message>
        <message>
            <source>Translation outdated</source>
            <translation>翻译已过时</translation>
        </message>
        <message>
            <source>Character not in the fonts</source>
            <translation>字体中缺少该字符</translation>
        </message>
        <message>
            <source>Text does not fit</source>
            <translation>文字排不下</translation>
        </message>
        <message>
            <source>Cover text does not fit</source>
            <translation>封面文字放不下</translation>
        </message>
        <message>
            <source>No title</source>
            <translation>无标题</translation>
        </message>
        <message>
            <source>No photographer</source>
            <translation>无摄影师</translation>
        </message>
        <message>
            <source>Caption written by the camera</source>
            <translation>相机写入的说明</translation>
        </message>
        <message>
            <source>No works are selected for printing.</source>
            <translation>没有选择要印刷的作品。</translation>
        </message>
        <message>
            <source>The cover's title, subtitle and organisers do not fit under the cover photo: they would be printed at {smallest_pt} pt, below the smallest readable size ({minimum_pt} pt). Shorten them.</source>
            <translation>封面照片下方放不下标题、副标题和主办方：它们将以 {smallest_pt} pt 印刷，小于最小可读字号（{minimum_pt} pt）。请缩短。</translation>
        </message>
        <message>
            <source>No title: printed as untitled.</source>
            <translation>无标题：将印为“无题”。</translation>
        </message>
        <message>
            <source>No photographer named.</source>
            <translation>未注明摄影师。</translation>
        </message>
        <message>
            <source>The caption looks like text the camera wrote: {text}</source>
            <translation>该说明看起来是相机自动写入的文字：{text}</translation>
        </message>
        <message>
            <source>{where}: {details}</source>
            <translation>{where}：{details}</translation>
        </message>
        <message>
            <source>No. {number} (cover)</source>
            <translation>编号 {number}（封面）</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>编号 {number}</translation>
        </message>
        <message>
            <source>Section {section}</source>
            <translation>单元 {section}</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>展览</translation>
        </message>
        <message>
            <source>The original {file} is missing.</source>
            <translation>原始文件 {file} 缺失。</translation>
        </message>
        <message>
            <source>The original {file} cannot be read.</source>
            <translation>无法读取原始文件 {file}。</translation>
        </message>
        <message>
            <source>{file} has changed since it was imported ({now} bytes now, {then} before); the catalogue prints the file as it is now.</source>
            <translation>{file} 在导入后已被更改（现为 {now} 字节，导入时为 {then} 字节）；图录将按文件的当前版本印刷。</translation>
        </message>
        <message>
            <source>{width_px} × {height_px} pixels give only {ppi} ppi at {width_mm} × {height_mm} mm (at least {minimum} ppi needed).</source>
            <translation>{width_px} × {height_px} 像素印成 {width_mm} × {height_mm} 毫米时只有 {ppi} ppi（至少需要 {minimum} ppi）。</translation>
        </message>
        <message>
            <source>{width_px} × {height_px} pixels give {ppi} ppi at {width_mm} × {height_mm} mm ({wanted} ppi wanted).</source>
            <translation>{width_px} × {height_px} 像素印成 {width_mm} × {height_mm} 毫米时为 {ppi} ppi（要求 {wanted} ppi）。</translation>
        </message>
        <message>
            <source>{field}: the {language} translation is missing; only the {source} text is printed.</source>
            <translation>{field}：缺少译文（{language}），只印出原文（{source}）。</translation>
        </message>
        <message>
            <source>{field}: the {language} translation was approved for an earlier version of the {source} text.</source>
            <translation>{field}：译文（{language}）是按旧版原文（{source}）审定的。</translation>
        </message>
        <message>
            <source>{field} ({language})</source>
            <translation>{field}（{language}）</translation>
        </message>
        <message numerus="yes">
            <source>{field}: %n character(s) that the catalogue fonts cannot show: {chars}.</source>
            <translation>
                <numerusform>{field}：有 %n 个字符无法用图录字体显示：{chars}。</numerusform>
            </translation>
        </message>
        <message>
            <source>The captions do not fit, even on a page of their own; they would have to be printed at {scale_percent}% size, below the smallest readable size ({minimum_pt} pt). Shorten them.</source>
            <translation>说明文字即使单独占一页也放不下；需要缩小到 {scale_percent}%，低于最小可读字号（{minimum_pt} 磅）。请缩短文字。</translation>
        </message>
        <message>
            <source>The captions do not fit the plate; they would be printed at {scale_percent}% size. Shorten them or choose a larger layout.</source>
            <translation type="vanished">图片说明在图版上排不下，需缩小到 {scale_percent}% 印刷。请缩短文字或选择更大的版式。</translation>
        </message>
    </context>
    <context>
        <name>PreflightPanel</name>
        <message>
            <source>All problems</source>
            <translation>全部问题</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Show only problems of this kind</source>
            <translation>仅显示此类问题</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Check the catalogue again now</source>
            <translation>立即重新检查图录</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>Preflight could not run: {message}</source>
            <translation>印前检查无法运行：{message}</translation>
        </message>
        <message>
            <source>{summary} ({shown} shown)</source>
            <translation>{summary}（显示 {shown} 条）</translation>
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message>
            <source>When the project was opened: {reason}</source>
            <translation>打开项目时：{reason}</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Exhibit</translation>
        </message>
        <message>
            <source>The project has no good backup to restore; the catalogue stays open for reading only.</source>
            <translation>该项目没有可恢复的完好备份；目录仍以只读方式打开。</translation>
        </message>
        <message>
            <source>The project's catalogue is damaged, empty or missing.</source>
            <translation>项目的目录已损坏、为空或丢失。</translation>
        </message>
        <message>
            <source>Restore the newest good backup, made {when}, with {count} works? The damaged catalogue is kept beside the backups.</source>
            <translation>要恢复最新的完好备份吗？该备份创建于 {when}，包含 {count} 件作品。损坏的目录会保留在备份旁边。</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Open an Exhibit project folder</source>
            <translation>打开 Exhibit 项目文件夹</translation>
        </message>
        <message>
            <source>New project: choose where to keep it and its name</source>
            <translation>新建项目：选择保存位置和名称</translation>
        </message>
        <message>
            <source>Open a partner package</source>
            <translation>打开合作方数据包</translation>
        </message>
        <message>
            <source>Partner packages (*{suffix})</source>
            <translation>合作方数据包 (*{suffix})</translation>
        </message>
        <message>
            <source>Where to keep the project made from the package</source>
            <translation>由数据包生成的项目保存位置</translation>
        </message>
        <message>
            <source>Your office</source>
            <translation>您的机构</translation>
        </message>
        <message>
            <source>Which office works with this copy of the exhibition (e.g. Jinhua)?
Every edit is recorded under this name, so the partner sees who changed what.</source>
            <translation>哪个机构使用此展览副本（例如：金华）？
每次修改都以此名称记录，合作方可以看到谁修改了什么。</translation>
        </message>
        <message>
            <source>Making the demo exhibition…</source>
            <translation>正在创建演示展览…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Demo exhibition</source>
            <translation>演示展览</translation>
        </message>
        <message>
            <source>Exporting the catalogue…</source>
            <translation>正在导出图录…</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>Restore Backup…</source>
            <translation>恢复备份…</translation>
        </message>
        <message>
            <source>This catalogue is damaged and opened read-only: you can browse, preview and export, but not change it. Restore the newest good backup to work on it again (the damaged file is kept beside the backups).</source>
            <translation>此目录已损坏，已以只读方式打开：您可以浏览、预览和导出，但不能修改。请恢复最新的完好备份以继续编辑（损坏的文件会保存在备份旁边）。</translation>
        </message>
        <message>
            <source>This catalogue opened read-only: you have no permission to write {place} (permission denied). You can browse, preview and export; to change it, ask for write permission or copy the project somewhere you may write.</source>
            <translation>此目录以只读方式打开：您没有写入 {place} 的权限（权限被拒绝）。您可以浏览、预览和导出；如需修改，请申请写入权限，或将项目复制到您有写入权限的位置。</translation>
        </message>
    </context>
    <context>
        <name>SectionTitlesDialog</name>
        <message>
            <source>Section title</source>
            <translation>单元标题</translation>
        </message>
    </context>
    <context>
        <name>SectionsModel</name>
        <message>
            <source>Untitled section</source>
            <translation>未命名单元</translation>
        </message>
        <message>
            <source>All works</source>
            <translation>全部作品</translation>
        </message>
        <message>
            <source>Without section</source>
            <translation>未分单元</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name}（{count}）</translation>
        </message>
    </context>
    <context>
        <name>SectionsPanel</name>
        <message>
            <source>Add a section</source>
            <translation>添加单元</translation>
        </message>
        <message>
            <source>Rename the section</source>
            <translation>重命名单元</translation>
        </message>
        <message>
            <source>Move the section up</source>
            <translation>上移单元</translation>
        </message>
        <message>
            <source>Move the section down</source>
            <translation>下移单元</translation>
        </message>
        <message>
            <source>Delete the section (its works are kept)</source>
            <translation>删除单元（其中的作品会保留）</translation>
        </message>
        <message>
            <source>(no section)</source>
            <translation>（无单元）</translation>
        </message>
        <message>
            <source>Delete section</source>
            <translation>删除单元</translation>
        </message>
        <message>
            <source>Move the works of “{name}” to:</source>
            <translation>将“{name}”中的作品移到：</translation>
        </message>
        <message>
            <source>Rename section</source>
            <translation>重命名单元</translation>
        </message>
    </context>
    <context>
        <name>SendForTranslationDialog</name>
        <message>
            <source>Send for Translation</source>
            <translation>发送翻译</translation>
        </message>
        <message>
            <source>Spreadsheet (XLSX: Excel, WPS, LibreOffice)</source>
            <translation>电子表格（XLSX：Excel、WPS、LibreOffice）</translation>
        </message>
        <message>
            <source>XLIFF 1.2 (Trados, memoQ, Phrase, OmegaT)</source>
            <translation>XLIFF 1.2（Trados、memoQ、Phrase、OmegaT）</translation>
        </message>
        <message>
            <source>XLIFF 2.0</source>
            <translation>XLIFF 2.0</translation>
        </message>
        <message>
            <source>PO (Poedit, Weblate)</source>
            <translation>PO（Poedit、Weblate）</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Translate into:</source>
            <translation>译入：</translation>
        </message>
        <message>
            <source>Every text</source>
            <translation>全部文本</translation>
        </message>
        <message>
            <source>Missing or outdated translations</source>
            <translation>缺失或过时的译文</translation>
        </message>
        <message>
            <source>Missing translations only</source>
            <translation>仅缺失的译文</translation>
        </message>
        <message>
            <source>Texts:</source>
            <translation>文本：</translation>
        </message>
        <message>
            <source>Also save the photos and a contact sheet (ZIP)</source>
            <translation>同时保存照片和缩略图总览（ZIP）</translation>
        </message>
        <message>
            <source>Write the language as zh-CN (for strict tools)</source>
            <translation>将语言写为 zh-CN（用于严格匹配的工具）</translation>
        </message>
        <message>
            <source>Save the texts for translation</source>
            <translation>保存待翻译的文本</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Exhibit</source>
            <translation>Exhibit</translation>
        </message>
        <message>
            <source>Catalogue the photographs of an exhibition, put them in order, caption them in every language of the project and print the catalogue.</source>
            <translation>为展览的摄影作品编目、排序，用项目的每种语言撰写图片说明，并印制图录。</translation>
        </message>
        <message>
            <source>New Project…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <source>Open Project…</source>
            <translation>打开项目…</translation>
        </message>
        <message>
            <source>Open Package…</source>
            <translation>打开数据包…</translation>
        </message>
        <message>
            <source>Open the Demo Exhibition</source>
            <translation>打开演示展览</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>最近的项目</translation>
        </message>
        <message>
            <source>{name} (not found)</source>
            <translation>{name}（未找到）</translation>
        </message>
        <message>
            <source>No recent projects yet: start with the demo.</source>
            <translation>还没有最近打开的项目：不妨从演示展览开始。</translation>
        </message>
    </context>
    <context>
        <name>UndoCommand</name>
        <message>
            <source>Add section</source>
            <translation>添加单元</translation>
        </message>
        <message>
            <source>Change exhibition settings</source>
            <translation>更改展览设置</translation>
        </message>
        <message>
            <source>Delete section</source>
            <translation>删除单元</translation>
        </message>
        <message>
            <source>Edit {field} ({lang})</source>
            <translation>编辑{field}（{lang}）</translation>
        </message>
        <message>
            <source>Mark {field} ({lang}) as {status}</source>
            <translation>将{field}（{lang}）标记为“{status}”</translation>
        </message>
        <message>
            <source>Move section</source>
            <translation>移动单元</translation>
        </message>
        <message>
            <source>Change the loan record</source>
            <translation>修改借展协议</translation>
        </message>
        <message>
            <source>Remove a condition check</source>
            <translation>删除品相检查</translation>
        </message>
    </context>
    <context>
        <name>UndoStack</name>
        <message numerus="yes">
            <source>Paste captions onto %n work(s)</source>
            <translation>
                <numerusform>将图片说明粘贴到 %n 件作品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit {field} ({lang}) of %n work(s)</source>
            <translation>
                <numerusform>编辑 %n 件作品的{field}（{lang}）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set {field} of %n work(s)</source>
            <translation>
                <numerusform>设置 %n 件作品的{field}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n work(s)</source>
            <translation>
                <numerusform>移动 %n 件作品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n work(s)</source>
            <translation>
                <numerusform>移除 %n 件作品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n photo(s)</source>
            <translation>
                <numerusform>导入 %n 张照片</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n translation(s)</source>
            <translation>
                <numerusform>导入 %n 条译文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n work(s) to another section</source>
            <translation>
                <numerusform>将 %n 件作品移到另一个单元</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Record condition of %n work(s)</source>
            <translation>
                <numerusform>记录 %n 件作品的品相</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WebGalleryDialog</name>
        <message>
            <source>Export Web Gallery</source>
            <translation>导出网络画廊</translation>
        </message>
        <message>
            <source>Write Gallery</source>
            <translation>写入画廊</translation>
        </message>
        <message>
            <source>Open in Browser</source>
            <translation>在浏览器中打开</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <source>Web address:</source>
            <translation>网址：</translation>
        </message>
        <message>
            <source>Language shown first:</source>
            <translation>优先显示的语言：</translation>
        </message>
        <message>
            <source>Also WebP images (smaller on phones)</source>
            <translation>同时生成 WebP 图片（在手机上更小）</translation>
        </message>
        <message>
            <source>Before publishing:</source>
            <translation>发布前：</translation>
        </message>
        <message>
            <source>Folder for the web gallery</source>
            <translation>网络画廊的文件夹</translation>
        </message>
        <message>
            <source>Error: {text}</source>
            <translation>错误：{text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>提示：{text}</translation>
        </message>
        <message>
            <source>Nothing to fix.</source>
            <translation>无需修改。</translation>
        </message>
        <message>
            <source>Writing the web gallery…</source>
            <translation>正在写入网络画廊…</translation>
        </message>
        <message>
            <source>Web gallery written: {pages} pages, {size} MB</source>
            <translation>网络画廊已写入：{pages} 个页面，{size} MB</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>已取消；未写入任何内容。</translation>
        </message>
        <message>
            <source>The web gallery was not written: {reason}</source>
            <translation>网络画廊未写入：{reason}</translation>
        </message>
    </context>
    <context>
        <name>WorkDelegate</name>
        <message>
            <source>The original file is missing</source>
            <translation>原始文件缺失</translation>
        </message>
    </context>
    <context>
        <name>_Relink</name>
        <message numerus="yes">
            <source>%n original(s) found again.</source>
            <translation>
                <numerusform>已重新找到 %n 个原图。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n original(s) still missing.</source>
            <translation>
                <numerusform>仍有 %n 个原图缺失。</numerusform>
            </translation>
        </message>
        <message>
            <source>Find missing originals</source>
            <translation>查找缺失的原图</translation>
        </message>
        <message>
            <source>Search a folder for the missing originals</source>
            <translation>在文件夹中查找缺失的原图</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Import a translation</source>
            <translation>导入译文</translation>
        </message>
        <message>
            <source>Translations (*.xlsx *.csv *.xlf *.xliff *.po);;All files (*)</source>
            <translation>译文文件 (*.xlsx *.csv *.xlf *.xliff *.po);;所有文件 (*)</translation>
        </message>
    </context>
</TS>
