<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Gloss</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>高亮“%1”</translation>
    </message>
    <message>
        <source>Remove highlight “%1”</source>
        <translation>删除高亮“%1”</translation>
    </message>
    <message>
        <source>Recolour highlight</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <source>Edit article note</source>
        <translation>编辑文章笔记</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>the library refused the change</source>
        <translation>文库拒绝了这次更改</translation>
    </message>
    <message>
        <source>Tag highlight “%1”</source>
        <translation>给高亮“%1”加标签</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <source>Remove “%1” from Library</source>
        <translation>从文库移除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Article(s) from Library</source>
        <translation>
            <numerusform>从文库移除 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlight</name>
    <message>
        <source>&amp;Yellow</source>
        <translation>黄色(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>绿色(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>蓝色(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>粉色(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;urple</source>
        <translation>紫色(&amp;U)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>gloss</name>
    <message>
        <source>a string longer than %1 MB at byte %2</source>
        <translation>第 %2 字节处有超过 %1 MB 的字符串</translation>
    </message>
    <message>
        <source>arrays and objects nested more than %1 deep at byte %2</source>
        <translation>第 %2 字节处的数组和对象嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the target&apos;s &quot;source&quot; must be an object naming the article (gloss:path, gloss:title, gloss:date)</source>
        <translation>target 的 &quot;source&quot; 必须是指明文章的对象（gloss:path、gloss:title、gloss:date）</translation>
    </message>
    <message>
        <source>the target&apos;s source</source>
        <translation>target 的 source</translation>
    </message>
    <message>
        <source>the target&apos;s source names no article (no gloss:path or gloss:title)</source>
        <translation>target 的 source 没有指明文章（没有 gloss:path 或 gloss:title）</translation>
    </message>
</context>
<context>
    <name>gloss::AboutDialog</name>
    <message>
        <source>About Gloss</source>
        <translation>关于 Gloss</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Gloss %1&lt;/h2&gt;&lt;p&gt;A reader and annotator for articles kept as files: read offline, highlight, take notes, search, and export them to Markdown.&lt;/p&gt;&lt;p&gt;Built on:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Gloss %1&lt;/h2&gt;&lt;p&gt;为以文件保存的文章而做的阅读与批注工具：离线阅读、高亮、记笔记、搜索，并导出为 Markdown。&lt;/p&gt;&lt;p&gt;基于：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>gloss::AllHighlightsDialog</name>
    <message>
        <source>All Highlights</source>
        <translation>全部高亮</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>任意颜色</translation>
    </message>
    <message>
        <source>Filter by words in the highlight or its note</source>
        <translation>按高亮或笔记中的文字筛选</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>分类(&amp;A)：</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Only the highlights that carry every one of these tags</source>
        <translation>只显示带有所有这些标签的高亮</translation>
    </message>
    <message>
        <source>Filter by tags</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationController</name>
    <message>
        <source>Remove from Library</source>
        <translation>从文库移除</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>要从文库移除“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n article(s) from the library?</source>
        <translation>
            <numerusform>要从文库移除 %n 篇文章吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 go with it. Edit › Undo brings everything back while this window is open.</source>
        <translation>%1和%2将一并移除。在此窗口打开期间，“编辑 › 撤销”可以全部恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationExchange</name>
    <message>
        <source>no article %1 in %2</source>
        <translation>%2 中没有文章 %1</translation>
    </message>
    <message>
        <source>cannot import %1 into %2 (nothing was changed): %3</source>
        <translation>无法将 %1 导入 %2（未做任何更改）：%3</translation>
    </message>
    <message>
        <source>highlight %1 disappeared</source>
        <translation>高亮 %1 不见了</translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not read</source>
        <translation>%1 大于 %2 MB：未读取</translation>
    </message>
    <message>
        <source>%1 is not a file of annotations Gloss can read: %2</source>
        <translation>%1 不是 Gloss 能读取的批注文件：%2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>its &quot;@context&quot; is not %1 (the W3C Web Annotation model)</source>
        <translation>它的 &quot;@context&quot; 不是 %1（W3C Web Annotation 模型）</translation>
    </message>
    <message>
        <source>the collection&apos;s &quot;first&quot; page is not in the file</source>
        <translation>集合的 &quot;first&quot; 页不在文件中</translation>
    </message>
    <message>
        <source>the collection has more pages than the first; Gloss reads collections whose annotations are all in the file</source>
        <translation>集合除第一页外还有其他页；Gloss 只读取批注全部在文件中的集合</translation>
    </message>
    <message>
        <source>the collection&apos;s first page has no &quot;items&quot; array</source>
        <translation>集合的第一页没有 &quot;items&quot; 数组</translation>
    </message>
    <message>
        <source>the page has no &quot;items&quot; array</source>
        <translation>该页没有 &quot;items&quot; 数组</translation>
    </message>
    <message>
        <source>it is neither an AnnotationCollection, an AnnotationPage nor an Annotation (its type is &quot;%1&quot;)</source>
        <translation>它既不是 AnnotationCollection，也不是 AnnotationPage 或 Annotation（其类型为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>annotation %1 is not an object</source>
        <translation>批注 %1 不是对象</translation>
    </message>
    <message>
        <source>annotation %1: urn:uuid:%2 appears more than once</source>
        <translation>批注 %1：urn:uuid:%2 出现了不止一次</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1（文件缺失）</translation>
    </message>
</context>
<context>
    <name>gloss::ArticlePage</name>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>File missing: %1 is gone since %2. Its highlights and notes are kept.</source>
        <translation>文件缺失：%1 自 %2 起已不存在。它的高亮和笔记仍然保留。</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleParser</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date Gloss understands; kept as text</source>
        <translation>%1“%2”不是 Gloss 能识别的日期；按原文保留</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
</context>
<context>
    <name>gloss::CategoryTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>缺失的文件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles whose file is gone; their highlights and notes are kept</source>
        <translation>文件已不存在的文章；它们的高亮和笔记仍然保留</translation>
    </message>
    <message>
        <source>The tags in the articles&apos; front matter</source>
        <translation>文章前置信息（front matter）中的标签</translation>
    </message>
    <message>
        <source>Articles tagged “%1”</source>
        <translation>标签为“%1”的文章</translation>
    </message>
</context>
<context>
    <name>gloss::Checker</name>
    <message>
        <source>annotation %1%2: %3</source>
        <translation>批注 %1%2：%3</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 没有 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 must be a string</source>
        <translation>%1 的 &quot;%2&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of the TextPositionSelector must be a whole number from 0</source>
        <translation>TextPositionSelector 的 &quot;%1&quot; 必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>the annotation</source>
        <translation>该批注</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time: &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 不是 ISO 8601 日期时间：&quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>gloss::CjkTokenizer</name>
    <message>
        <source>this SQLite has no FTS5 full-text search</source>
        <translation>此 SQLite 不带 FTS5 全文搜索</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>无法注册搜索分词器：%1</translation>
    </message>
</context>
<context>
    <name>gloss::Cli</name>
    <message>
        <source>Usage: gloss [--library FILE | --sample] [FOLDER]
       gloss COMMAND [OPTIONS]

Gloss reads and annotates a library of Hexo-style posts kept as files.
Without a command it opens its window on the library (and imports FOLDER
first when one is given); --sample opens the bundled sample library.

Commands:
  import FOLDER     import the posts under FOLDER into the library
  list              list the articles, or the category tree (--categories)
  show ID           print one article&apos;s details and text
  highlights        list highlights and notes (--article ID, --color NAME)
  search QUERY      full-text search (--category PATH, --limit N, --with-notes)
  export --out DIR  write highlights and notes as Markdown (--article ID,
                    --category PATH or --all)

Every command takes --library FILE (default: %1; or set GLOSS_LIBRARY)
and --help. Run &quot;gloss COMMAND --help&quot; for the options of a command.

Options:
  -h, --help        show this help
  -v, --version     show the version
</source>
        <translation>用法：gloss [--library 文件 | --sample] [文件夹]
      gloss 命令 [选项]

Gloss 用来阅读和批注以文件保存的 Hexo 风格文章库。
不带命令时，它在窗口中打开文库（给出文件夹时先导入该文件夹）；
--sample 打开自带的示例文库。

命令：
  import 文件夹     把文件夹下的文章导入文库
  list              列出文章，或分类树（--categories）
  show ID           显示一篇文章的信息和正文
  highlights        列出高亮和笔记（--article ID、--color 颜色）
  search 查询       全文搜索（--category 路径、--limit N、--with-notes）
  export --out 目录 把高亮和笔记写成 Markdown（--article ID、
                    --category 路径 或 --all）

每个命令都接受 --library 文件（默认：%1；或设置 GLOSS_LIBRARY）
和 --help。运行 &quot;gloss 命令 --help&quot; 查看某个命令的选项。

选项：
  -h, --help        显示本帮助
  -v, --version     显示版本
</translation>
    </message>
    <message>
        <source>The library file (default: %1).</source>
        <translation>文库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Run &apos;gloss %1 --help&apos; for usage.</source>
        <translation>运行“gloss %1 --help”查看用法。</translation>
    </message>
    <message>
        <source>no category &apos;%1&apos; in %2</source>
        <translation>%2 中没有分类“%1”</translation>
    </message>
    <message>
        <source>gloss: unknown command &apos;%1&apos; (and no such folder)</source>
        <translation>gloss：未知命令“%1”（也没有这个文件夹）</translation>
    </message>
    <message>
        <source>Run &apos;gloss --help&apos; for the list of commands.</source>
        <translation>运行“gloss --help”查看命令列表。</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>要写入的文件夹。</translation>
    </message>
    <message>
        <source>Export one article.</source>
        <translation>导出一篇文章。</translation>
    </message>
    <message>
        <source>Export the annotated articles under PATH (a/b/c).</source>
        <translation>导出路径（a/b/c）下有批注的文章。</translation>
    </message>
    <message>
        <source>Export every annotated article (the default).</source>
        <translation>导出所有有批注的文章（默认）。</translation>
    </message>
    <message>
        <source>Also write each article&apos;s text, highlights ==marked==, notes as footnotes.</source>
        <translation>同时写出每篇文章的正文，高亮用 ==标记==，笔记作为脚注。</translation>
    </message>
    <message>
        <source>give --out DIR and at most one of --article, --category, --all</source>
        <translation>请给出 --out 目录，并且 --article、--category、--all 最多选一个</translation>
    </message>
    <message>
        <source>--article needs an article id, not &apos;%1&apos;</source>
        <translation>--article 需要文章 ID，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>exported %n file(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the highlights of article ID.</source>
        <translation>只列出该 ID 文章的高亮。</translation>
    </message>
    <message>
        <source>Only highlights of this colour (%1).</source>
        <translation>只列出这种颜色的高亮（%1）。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos; (use %2)</source>
        <translation>未知颜色“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>The folder of posts to import.</source>
        <translation>要导入的文章文件夹。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>不显示进度。</translation>
    </message>
    <message>
        <source>give one folder to import</source>
        <translation>请给出一个要导入的文件夹</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>正在索引</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>正在存储</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the search index is not complete; the next import finishes it</source>
        <translation>搜索索引尚未完成；下次导入时会补全</translation>
    </message>
    <message>
        <source>Print the category tree with article counts.</source>
        <translation>显示分类树及文章数。</translation>
    </message>
    <message>
        <source>Only articles under PATH (a/b/c), subcategories included.</source>
        <translation>只列出路径（a/b/c）下的文章，包括子分类。</translation>
    </message>
    <message>
        <source>At most N articles.</source>
        <translation>最多 N 篇文章。</translation>
    </message>
    <message>
        <source>unknown --sort &apos;%1&apos; (use newest, oldest or title)</source>
        <translation>未知的 --sort“%1”（可用 newest、oldest 或 title）</translation>
    </message>
    <message>
        <source>--limit needs a number, not &apos;%1&apos;</source>
        <translation>--limit 需要一个数字，而不是“%1”</translation>
    </message>
    <message>
        <source>All articles (%1)</source>
        <translation>全部文章（%1）</translation>
    </message>
    <message>
        <source>Words to find (all of them); &quot;a phrase&quot;; -word leaves out; pre* is a prefix.</source>
        <translation>要查找的词（全部都要出现）；&quot;短语&quot;；-词 表示排除；pre* 表示前缀。</translation>
    </message>
    <message>
        <source>Only under PATH (a/b/c).</source>
        <translation>只在路径（a/b/c）下查找。</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>最多 N 条结果（默认 50）。</translation>
    </message>
    <message>
        <source>Only articles with highlights or a note.</source>
        <translation>只查有高亮或笔记的文章。</translation>
    </message>
    <message>
        <source>give words to search for (and --limit a positive number)</source>
        <translation>请给出要搜索的词（--limit 须为正数）</translation>
    </message>
    <message>
        <source>  (in a note)</source>
        <translation>  （在笔记中）</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are not indexed yet; import again to finish</source>
        <translation>
            <numerusform>有 %n 篇文章尚未建立索引；再导入一次即可完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The article&apos;s id (see gloss list).</source>
        <translation>文章的 ID（见 gloss list）。</translation>
    </message>
    <message>
        <source>Print the HTML instead of the text.</source>
        <translation>输出 HTML 而不是纯文本。</translation>
    </message>
    <message>
        <source>give one article id (a number)</source>
        <translation>请给出一个文章 ID（数字）</translation>
    </message>
    <message>
        <source>no article %1 in %2</source>
        <translation>%2 中没有文章 %1</translation>
    </message>
    <message>
        <source>newest (default), oldest or title.</source>
        <translation>newest（默认）、oldest 或 title。</translation>
    </message>
    <message>
        <source>Write the copy to FILE (a new file) instead of the library&apos;s backups folder.</source>
        <translation>把副本写到文件（须为新文件），而不是文库的备份文件夹。</translation>
    </message>
    <message>
        <source>there is no library at %1</source>
        <translation>%1 处没有文库</translation>
    </message>
    <message>
        <source>
Backups (kept in LIBRARY.backups/, the newest three; Gloss also makes one
once a day when it opens a library to write, and before updating its format):
  backup            copy the library into its backups folder (or --out FILE)
  restore FILE      put a backup in the library&apos;s place; the library it
                    replaces is kept as a backup
</source>
        <translation>
备份（保存在 文库.backups/ 中，保留最新的三份；Gloss 每天第一次以写入方式
打开文库时、以及升级文库格式之前，也会各做一份）：
  backup            把文库复制到它的备份文件夹（或 --out 文件）
  restore 文件      用一份备份替换文库；被替换的文库会作为备份保留
</translation>
    </message>
    <message>
        <source>The backup to put in the library&apos;s place (see its backups folder).</source>
        <translation>用来替换文库的备份（见它的备份文件夹）。</translation>
    </message>
    <message>
        <source>give one backup file</source>
        <translation>请给出一个备份文件</translation>
    </message>
    <message>
        <source>restored %1 from %2 (library format %3; articles: %4, highlights: %5)</source>
        <translation>已从 %2 恢复 %1（文库格式 %3；文章：%4，高亮：%5）</translation>
    </message>
    <message>
        <source>there was no library at %1 before</source>
        <translation>%1 处原先没有文库</translation>
    </message>
    <message>
        <source>the library it replaced is kept as %1</source>
        <translation>被替换的文库已保留为 %1</translation>
    </message>
    <message>
        <source>The file to write (W3C Web Annotations, JSON-LD).</source>
        <translation>要写入的文件（W3C Web Annotations，JSON-LD）。</translation>
    </message>
    <message>
        <source>Only the annotations of article ID.</source>
        <translation>只导出该 ID 文章的批注。</translation>
    </message>
    <message>
        <source>Only the annotations of articles under PATH (a/b/c).</source>
        <translation>只导出 PATH（a/b/c）下文章的批注。</translation>
    </message>
    <message>
        <source>give one FILE and at most one of --article, --category</source>
        <translation>请给出一个 FILE，并且 --article、--category 最多选一个</translation>
    </message>
    <message numerus="yes">
        <source>exported %n highlight(s)</source>
        <translation>
            <numerusform>已导出 %n 条高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s)</source>
        <translation>
            <numerusform>%n 条文章笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>A file of W3C Web Annotations to merge in.</source>
        <translation>要合并进来的 W3C Web Annotations 文件。</translation>
    </message>
    <message>
        <source>give one FILE to import</source>
        <translation>请给出一个要导入的 FILE</translation>
    </message>
    <message>
        <source>skipped the annotations of %1: no such article in %2</source>
        <translation>已跳过 %1 的批注：%2 中没有这篇文章</translation>
    </message>
    <message>
        <source>Usage: gloss annotations export FILE [--article ID | --category PATH]
       gloss annotations import FILE

Moves highlights, notes and tags between libraries and tools as W3C Web
Annotations (JSON-LD). An import merges: it never removes anything, a newer
version of a highlight wins, and importing the same file again changes nothing.
</source>
        <translation>用法：gloss annotations export FILE [--article ID | --category PATH]
      gloss annotations import FILE

以 W3C Web Annotations（JSON-LD）格式在文库和工具之间迁移高亮、笔记和标签。
导入是合并：从不删除任何内容，同一高亮以较新的版本为准，
再次导入同一个文件不会改变任何内容。
</translation>
    </message>
    <message>
        <source>say export or import</source>
        <translation>请指定 export 或 import</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: say export or import</source>
        <translation>未知操作“%1”：请指定 export 或 import</translation>
    </message>
    <message>
        <source>
Tags and annotations:
  highlights --tag TAG           only highlights with TAG (repeat: with all)
  search &apos;tag:TAG words&apos;         search among highlights with TAG
  annotations export FILE        write highlights, notes and tags as W3C Web
                                 Annotations (--article ID, --category PATH)
  annotations import FILE        merge such a file into the library
</source>
        <translation>
标签和批注：
  highlights --tag TAG           只列出带 TAG 的高亮（可重复：须带全部标签）
  search &apos;tag:TAG words&apos;         在带 TAG 的高亮中搜索
  annotations export FILE        把高亮、笔记和标签写成 W3C Web Annotations
                                 （--article ID、--category PATH）
  annotations import FILE        把这样的文件合并进文库
</translation>
    </message>
    <message>
        <source>Only highlights with this tag (repeat: with all of them).</source>
        <translation>只列出带此标签的高亮（可重复：须带全部这些标签）。</translation>
    </message>
    <message>
        <source>Print every tag of the articles with article counts.</source>
        <translation>列出文章的所有标签及其文章数。</translation>
    </message>
    <message>
        <source>Only articles tagged NAME in their front matter (any case); repeat for all of several tags.</source>
        <translation>只列出前置信息中带有标签 NAME 的文章（不区分大小写）；重复此选项可要求同时带有多个标签。</translation>
    </message>
    <message>
        <source>Only articles whose file is gone (the last import of its folder did not find it).</source>
        <translation>只列出文件已不存在的文章（最近一次导入其文件夹时未找到该文件）。</translation>
    </message>
    <message>
        <source>[file missing]</source>
        <translation>[文件缺失]</translation>
    </message>
</context>
<context>
    <name>gloss::Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Gloss library (it is not an SQLite database)</source>
        <translation>%1 不是 Gloss 文库（它不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file</source>
        <translation>%1 是文件夹，不是文库文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>缺少 Qt 的 SQLite 驱动（请安装 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver gave no database handle</source>
        <translation>Qt 的 SQLite 驱动没有提供数据库句柄</translation>
    </message>
    <message>
        <source>%1 is not a Gloss library: %2</source>
        <translation>%1 不是 Gloss 文库：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Gloss library: %2</source>
        <translation>%1 已损坏或不是 Gloss 文库：%2</translation>
    </message>
    <message>
        <source>%1 is not a Gloss library (it is an SQLite database of another program)</source>
        <translation>%1 不是 Gloss 文库（它是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 was made by a newer Gloss (library format %2; this Gloss reads formats up to %3). Update Gloss to open it.</source>
        <translation>%1 由更新版本的 Gloss 创建（文库格式 %2；此版本最高只能读取格式 %3）。请升级 Gloss 后再打开。</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>此版本缺少迁移 %1</translation>
    </message>
    <message>
        <source>cannot update %1: %2</source>
        <translation>无法更新 %1：%2</translation>
    </message>
    <message>
        <source>cannot update %1 to library format %2: %3</source>
        <translation>无法把 %1 更新到文库格式 %2：%3</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only (%2). Gloss needs to write beside a library to open it; copy it somewhere writable.</source>
        <translation>%1 无法写入：文件或其所在文件夹是只读的（%2）。Gloss 需要在文库旁写入才能打开它；请把它复制到可写的位置。</translation>
    </message>
    <message>
        <source>%1 is updated to library format %2 without a backup of it as it was: %3</source>
        <translation>%1 已更新到文库格式 %2，但未能先备份原来的文库：%3</translation>
    </message>
</context>
<context>
    <name>gloss::EmbedFilter</name>
    <message>
        <source>Embedded frame removed</source>
        <translation>已移除内嵌框架</translation>
    </message>
    <message>
        <source>Embedded frame removed (%1)</source>
        <translation>已移除内嵌框架（%1）</translation>
    </message>
    <message>
        <source>Embedded object removed</source>
        <translation>已移除内嵌对象</translation>
    </message>
    <message>
        <source>Embedded object removed (%1)</source>
        <translation>已移除内嵌对象（%1）</translation>
    </message>
    <message>
        <source>Embedded frames removed: the article is shown as plain text</source>
        <translation>已移除内嵌框架：文章以纯文本显示</translation>
    </message>
</context>
<context>
    <name>gloss::ExportDialog</name>
    <message>
        <source>This &amp;article</source>
        <translation>本文(&amp;A)</translation>
    </message>
    <message>
        <source>This &amp;category</source>
        <translation>本分类(&amp;C)</translation>
    </message>
    <message>
        <source>The &amp;category “%1”</source>
        <translation>分类“%1”(&amp;C)</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>整个文库(&amp;L)</translation>
    </message>
    <message>
        <source>Include the article &amp;text, highlights marked and notes as footnotes</source>
        <translation>包含文章正文(&amp;T)，标出高亮，笔记作为脚注</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>gloss::FrontMatterParser</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no front matter: line %1 should be &apos;---&apos;</source>
        <translation>没有前置元数据：第 %1 行应为“---”</translation>
    </message>
    <message>
        <source>front matter opened on line %1 is never closed with &apos;---&apos;</source>
        <translation>第 %1 行开始的前置元数据没有以“---”结束</translation>
    </message>
    <message>
        <source>broken front matter at line %1: %2</source>
        <translation>第 %1 行的前置元数据有误：%2</translation>
    </message>
    <message>
        <source>front matter is not a list of &apos;field: value&apos; lines</source>
        <translation>前置元数据不是“字段: 值”形式的行</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not plain text; ignored</source>
        <translation>字段“%1”不是纯文本；已忽略</translation>
    </message>
    <message>
        <source>broken front matter: %1</source>
        <translation>前置元数据有误：%1</translation>
    </message>
</context>
<context>
    <name>gloss::GlossLink</name>
    <message>
        <source>it is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>it has a sign; an id is written in plain digits</source>
        <translation>带有正负号；ID 应只用数字书写</translation>
    </message>
    <message>
        <source>it is not a number in the digits 0 to 9</source>
        <translation>不是由数字 0 到 9 组成的数</translation>
    </message>
    <message>
        <source>ids start at 1</source>
        <translation>ID 从 1 开始</translation>
    </message>
    <message>
        <source>it has leading zeros</source>
        <translation>有前导零</translation>
    </message>
    <message>
        <source>it is larger than any id (%1)</source>
        <translation>大于任何 ID（%1）</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>链接为空</translation>
    </message>
    <message>
        <source>the link is %1 characters long; a Gloss link has at most %2</source>
        <translation>链接长 %1 个字符；Gloss 链接最多 %2 个字符</translation>
    </message>
    <message>
        <source>the link has a character a Gloss link cannot have (U+%1) at position %2</source>
        <translation>链接在位置 %2 处有 Gloss 链接不能含有的字符（U+%1）</translation>
    </message>
    <message>
        <source>the link has percent-encoded characters (&apos;%1&apos;); a Gloss link has none</source>
        <translation>链接含有百分号编码的字符（“%1”）；Gloss 链接不含这种字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a link: it has no scheme</source>
        <translation>“%1”不是链接：没有协议（scheme）</translation>
    </message>
    <message>
        <source>the link&apos;s scheme is &apos;%1&apos;, not gloss</source>
        <translation>链接的协议是“%1”，而不是 gloss</translation>
    </message>
    <message>
        <source>a Gloss link starts with gloss://</source>
        <translation>Gloss 链接以 gloss:// 开头</translation>
    </message>
    <message>
        <source>a Gloss link has no fragment (&apos;%1&apos;)</source>
        <translation>Gloss 链接不能带片段（“%1”）</translation>
    </message>
    <message>
        <source>the link&apos;s host is &apos;%1&apos;, not open</source>
        <translation>链接的主机是“%1”，而不是 open</translation>
    </message>
    <message>
        <source>a Gloss link is gloss://open/&lt;library-id&gt;/article/&lt;article-id&gt;</source>
        <translation>Gloss 链接的格式是 gloss://open/&lt;library-id&gt;/article/&lt;article-id&gt;</translation>
    </message>
    <message>
        <source>the link names no library: %1</source>
        <translation>链接没有指明文库：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a library id: a library id is a UUID in lower case (8-4-4-4-12 hexadecimal digits)</source>
        <translation>“%1”不是文库 ID：文库 ID 是小写的 UUID（8-4-4-4-12 位十六进制数字）</translation>
    </message>
    <message>
        <source>the library id is all zeros</source>
        <translation>文库 ID 全是零</translation>
    </message>
    <message>
        <source>the link names no article: %1</source>
        <translation>链接没有指明文章：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; follows the library id where &apos;article&apos; should: %2</source>
        <translation>文库 ID 后面应是“article”，却是“%1”：%2</translation>
    </message>
    <message>
        <source>article id &apos;%1&apos;: %2</source>
        <translation>文章 ID“%1”：%2</translation>
    </message>
    <message>
        <source>the link goes on after the article id (&apos;%1&apos;): %2</source>
        <translation>链接在文章 ID 之后还有内容（“%1”）：%2</translation>
    </message>
    <message>
        <source>the link has a &apos;?&apos; with nothing after it</source>
        <translation>链接中的“?”后面没有内容</translation>
    </message>
    <message>
        <source>the link asks for &apos;%1&apos;; a Gloss link asks for highlight=&lt;id&gt; or nothing</source>
        <translation>链接的查询是“%1”；Gloss 链接的查询只能是 highlight=&lt;id&gt; 或为空</translation>
    </message>
    <message>
        <source>the link asks for more than one thing (&apos;%1&apos;); a Gloss link asks for highlight=&lt;id&gt; or nothing</source>
        <translation>链接的查询不止一项（“%1”）；Gloss 链接的查询只能是 highlight=&lt;id&gt; 或为空</translation>
    </message>
    <message>
        <source>highlight id &apos;%1&apos;: %2</source>
        <translation>高亮 ID“%1”：%2</translation>
    </message>
</context>
<context>
    <name>gloss::HighlightRepository</name>
    <message>
        <source>unknown colour &apos;%1&apos; (use %2)</source>
        <translation>未知颜色“%1”（可用：%2）</translation>
    </message>
</context>
<context>
    <name>gloss::HtmlBody</name>
    <message>
        <source>cannot read the rendered HTML back from %1: %2</source>
        <translation>无法从 %1 读回渲染后的 HTML：%2</translation>
    </message>
    <message>
        <source>it is shorter</source>
        <translation>文件比预期的短</translation>
    </message>
</context>
<context>
    <name>gloss::Importer</name>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>search index not updated: %1</source>
        <translation>搜索索引未更新：%1</translation>
    </message>
</context>
<context>
    <name>gloss::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 articles</source>
        <translation>正在导出：第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有一个导入正在进行。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>正在导入：第 %1 个文件，共 %2 个</translation>
    </message>
    <message>
        <source>Indexing for search: %1 of %2</source>
        <translation>正在建立搜索索引：第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Imported from %1:
%2</source>
        <translation>从 %1 导入：
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. Details list each file and the reason.</source>
        <translation>
            <numerusform>有 %n 个文件无法导入。详细信息中列出了每个文件及原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message numerus="yes">
        <source>Export canceled after %n file(s).</source>
        <translation>
            <numerusform>导出已取消，已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in Folder</source>
        <translation>在文件夹中显示(&amp;S)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Importing annotations: %1 of %2</source>
        <translation>正在导入批注：第 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>Exporting annotations: %1 of %2 articles</source>
        <translation>正在导出批注：第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>Annotations are already being exported or imported.</source>
        <translation>已有批注正在导出或导入。</translation>
    </message>
    <message>
        <source>Exporting annotations to %1…</source>
        <translation>正在导出批注到 %1…</translation>
    </message>
    <message>
        <source>Importing annotations from %1…</source>
        <translation>正在从 %1 导入批注…</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All Files (*)</source>
        <translation>Web Annotations (*.jsonld *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Annotation export canceled: nothing was written.</source>
        <translation>批注导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>已将%1和%2导出到 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s)</source>
        <translation>
            <numerusform>%n 条文章笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation import canceled: nothing was changed.</source>
        <translation>批注导入已取消：未做任何更改。</translation>
    </message>
    <message>
        <source>Imported the annotations of %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>已导入 %1 的批注：新增 %2 条，更新 %3 条，未变 %4 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) were found elsewhere in the text or slightly changed (moved).</source>
        <translation>
            <numerusform>有 %n 条高亮在正文的其他位置找到，或略有变化（已移动）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) were not found in this library&apos;s text (orphaned): they are kept, apart from the text.</source>
        <translation>
            <numerusform>有 %n 条高亮在此文库的正文中找不到（孤立）：它们已保留，但与正文分开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were left out: this library does not have their articles.</source>
        <translation>
            <numerusform>有 %n 条批注被略过：此文库中没有它们对应的文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>已移动：%1</translation>
    </message>
    <message>
        <source>Orphaned: %1</source>
        <translation>孤立：%1</translation>
    </message>
    <message>
        <source>Not in this library: %1</source>
        <translation>不在此文库中：%1</translation>
    </message>
    <message>
        <source>Updating from %1…</source>
        <translation>正在从 %1 更新…</translation>
    </message>
    <message>
        <source>Updated from %1: %2</source>
        <translation>已从 %1 更新：%2</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryBackup</name>
    <message>
        <source>there is no library at %1</source>
        <translation>%1 处没有文库</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Gloss library: %2</source>
        <translation>%1 已损坏或不是 Gloss 文库：%2</translation>
    </message>
    <message>
        <source>%1 is not a Gloss library</source>
        <translation>%1 不是 Gloss 文库</translation>
    </message>
    <message>
        <source>cannot remove the old backup %1</source>
        <translation>无法删除旧备份 %1</translation>
    </message>
    <message>
        <source>cannot back up %1: cannot make the folder %2</source>
        <translation>无法备份 %1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>无法把 %1 备份到 %2：%3</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name</source>
        <translation>%1 已存在；请换一个新文件名</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>没有文件 %1</translation>
    </message>
    <message>
        <source>%1 is the library itself</source>
        <translation>%1 就是文库本身</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Gloss library (it is not an SQLite database)</source>
        <translation>%1 不是 Gloss 文库（它不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 is not a Gloss library (it is an SQLite database of another program)</source>
        <translation>%1 不是 Gloss 文库（它是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 was made by a newer Gloss (library format %2; this Gloss reads formats up to %3)</source>
        <translation>%1 由更新版本的 Gloss 创建（文库格式 %2；此版本最高只能读取格式 %3）</translation>
    </message>
    <message>
        <source>cannot restore %1: cannot make the folder %2</source>
        <translation>无法恢复 %1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>cannot restore %1: cannot write %2: %3</source>
        <translation>无法恢复 %1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is open in another program (%2); close it and try again</source>
        <translation>%1 正在另一个程序（%2）中打开；请关闭后重试</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>cannot restore %1: cannot keep it as a backup in %2</source>
        <translation>无法恢复 %1：无法把它作为备份保留在 %2</translation>
    </message>
    <message>
        <source>cannot restore %1: cannot replace it: %2</source>
        <translation>无法恢复 %1：无法替换它：%2</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryHighlightsModel</name>
    <message>
        <source>Not found in the current text of the article</source>
        <translation>在文章当前正文中找不到</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryLock</name>
    <message>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>进程 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is in use by %2, which writes to it. Gloss lets one program at a time write to a library, so nothing is lost; close it, or wait for it to finish.</source>
        <translation>%1 正被 %2 使用并写入。为避免丢失任何内容，Gloss 同一时间只允许一个程序写入文库；请关闭它，或等它完成。</translation>
    </message>
</context>
<context>
    <name>gloss::LibrarySession</name>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Library in use</source>
        <translation>文库正在使用中</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <source>No backup of the library was made today: %1</source>
        <translation>今天没能备份文库：%1</translation>
    </message>
    <message>
        <source>Backed up the library to %1</source>
        <translation>已把文库备份到 %1</translation>
    </message>
    <message>
        <source>Cannot open the sample library</source>
        <translation>无法打开示例文库</translation>
    </message>
    <message>
        <source>The link is to the library with id %1, not to %2.</source>
        <translation>该链接指向 ID 为 %1 的文库，而不是 %2。</translation>
    </message>
    <message>
        <source>The library %1 has no article with id %2.</source>
        <translation>文库 %1 中没有 ID 为 %2 的文章。</translation>
    </message>
    <message>
        <source>The library %1 has no highlight with id %2 on article %3.</source>
        <translation>文库 %1 的文章 %3 中没有 ID 为 %2 的高亮。</translation>
    </message>
</context>
<context>
    <name>gloss::LinkOpener</name>
    <message>
        <source>Gloss does not follow this link: %1.</source>
        <translation>Gloss 不会打开此链接：%1。</translation>
    </message>
    <message>
        <source>The link is to a library that Gloss has not opened on this computer (library id %1). Open that library in Gloss once, then follow the link again.</source>
        <translation>该链接指向的文库从未在这台电脑上用 Gloss 打开过（文库 ID %1）。请先用 Gloss 打开一次该文库，然后再打开此链接。</translation>
    </message>
    <message>
        <source>The link is to the library %1 (library id %2), which is no longer there. Open it in Gloss once where it is now, then follow the link again.</source>
        <translation>该链接指向文库 %1（文库 ID %2），但它已不在原处。请在它现在所在的位置用 Gloss 打开一次，然后再打开此链接。</translation>
    </message>
    <message>
        <source>The link is to the library %1 (library id %2), which is not the one open in this window.</source>
        <translation>该链接指向文库 %1（文库 ID %2），而不是此窗口中打开的文库。</translation>
    </message>
    <message>
        <source>Gloss followed the link in its window on %1.</source>
        <translation>Gloss 已在 %1 的窗口中打开该链接。</translation>
    </message>
    <message>
        <source>Cannot Follow Link</source>
        <translation>无法打开链接</translation>
    </message>
</context>
<context>
    <name>gloss::MainActions</name>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例文库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>护眼(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>默认大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Wider Column</source>
        <translation>加宽栏宽(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Narrower Column</source>
        <translation>减小栏宽(&amp;N)</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>加载远程图片(&amp;R)</translation>
    </message>
    <message>
        <source>Let articles of this library load images from the web. Nothing else is ever loaded.</source>
        <translation>允许此文库的文章从网络加载图片。其他任何内容都不会加载。</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Go to &amp;Categories</source>
        <translation>转到分类(&amp;C)</translation>
    </message>
    <message>
        <source>Go to &amp;Articles</source>
        <translation>转到文章列表(&amp;A)</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>转到阅读区(&amp;R)</translation>
    </message>
    <message>
        <source>All &amp;Highlights…</source>
        <translation>全部高亮(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>关于 Gloss(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Highlight &amp;in Colour</source>
        <translation>用颜色高亮(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Next Hea&amp;ding</source>
        <translation>下一个标题(&amp;D)</translation>
    </message>
    <message>
        <source>Previous Headin&amp;g</source>
        <translation>上一个标题(&amp;G)</translation>
    </message>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>导出批注(&amp;A)…</translation>
    </message>
    <message>
        <source>Write every highlight and note to a file of W3C Web Annotations, which other libraries and tools read</source>
        <translation>将所有高亮和笔记写入 W3C Web Annotations 文件，供其他文库和工具读取</translation>
    </message>
    <message>
        <source>Im&amp;port Annotations…</source>
        <translation>导入批注(&amp;P)…</translation>
    </message>
    <message>
        <source>Merge the highlights and notes of a W3C Web Annotations file into this library</source>
        <translation>将 W3C Web Annotations 文件中的高亮和笔记合并到此文库</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>从文库移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove All &amp;Missing…</source>
        <translation>移除所有缺失文件的文章(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>gloss::MainWindow</name>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>已在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, first.</source>
        <translation>请先等导入完成，或者取消导入。</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language applies when Gloss starts again.</source>
        <translation>新的语言将在 Gloss 下次启动时生效。</translation>
    </message>
    <message>
        <source>Cannot Follow Link</source>
        <translation>无法打开链接</translation>
    </message>
</context>
<context>
    <name>gloss::MarkdownExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write to the folder %1</source>
        <translation>无法写入文件夹 %1</translation>
    </message>
    <message>
        <source>no article %1 in %2</source>
        <translation>%2 中没有文章 %1</translation>
    </message>
    <message>
        <source>cannot write %1: the folder cannot be made there</source>
        <translation>无法写入 %1：无法在那里创建文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>gloss::NotesPane</name>
    <message>
        <source>Not found in the current text</source>
        <translation>在当前正文中找不到</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Highlights not found in the current text</source>
        <translation>在当前正文中找不到的高亮</translation>
    </message>
    <message>
        <source>A note on the whole article…</source>
        <translation>关于整篇文章的笔记…</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>文章笔记</translation>
    </message>
    <message>
        <source>A note on this highlight…</source>
        <translation>关于这条高亮的笔记…</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>高亮笔记</translation>
    </message>
    <message>
        <source>Make this highlight %1</source>
        <translation>把这条高亮改为%1</translation>
    </message>
    <message>
        <source>Copy the highlight as Markdown: the quote, a link to the article, the note</source>
        <translation>以 Markdown 复制这条高亮：引文、文章链接和笔记</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an article to see its highlights and notes.</source>
        <translation>打开一篇文章即可查看它的高亮和笔记。</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press H, or right-click it to pick a colour.</source>
        <translation>还没有高亮。
在文章中选择文字后按 H，或右键选择颜色。</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>颜色：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>gloss::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
</context>
<context>
    <name>gloss::PreferencesDialog</name>
    <message>
        <source>Load &amp;remote images in this library&apos;s articles</source>
        <translation>在此文库的文章中加载远程图片(&amp;R)</translation>
    </message>
    <message>
        <source>Include the article &amp;text</source>
        <translation>包含文章正文(&amp;T)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Serif (Noto Serif CJK)</source>
        <translation>衬线体（思源宋体 Noto Serif CJK）</translation>
    </message>
    <message>
        <source>Sans serif (Noto Sans CJK)</source>
        <translation>无衬线体（思源黑体 Noto Sans CJK）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字符宽</translation>
    </message>
    <message>
        <source>Images only: no script, style sheet, frame or font is ever loaded from the web.</source>
        <translation>仅限图片：不会从网络加载任何脚本、样式表、框架或字体。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>T&amp;ypeface:</source>
        <translation>字体(&amp;Y)：</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Column &amp;width:</source>
        <translation>栏宽(&amp;W)：</translation>
    </message>
    <message>
        <source>Asked for at the first export</source>
        <translation>首次导出时询问</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>默认导出文件夹</translation>
    </message>
    <message>
        <source>Markdown Export</source>
        <translation>Markdown 导出</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Gloss starts again.</source>
        <translation>新的语言将在 Gloss 下次启动时生效。</translation>
    </message>
    <message>
        <source>Highlight Colours</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <source>Names belong to the open library. They show in the menus and the notes pane, and the Markdown export tags highlights with them (#gloss/name).</source>
        <translation>名称属于当前打开的文库。它们显示在菜单和笔记面板中，Markdown 导出时也会用它们给高亮加标签（#gloss/名称）。</translation>
    </message>
    <message>
        <source>Open a library to name its colours.</source>
        <translation>打开一个文库即可为其颜色命名。</translation>
    </message>
    <message>
        <source>Watch imported f&amp;olders for changes</source>
        <translation>监视已导入文件夹的变化(&amp;O)</translation>
    </message>
    <message>
        <source>A post saved, added or deleted in a folder the library was imported from is imported again while Gloss is open</source>
        <translation>Gloss 打开期间，在文库的导入文件夹中保存、添加或删除文章后会自动重新导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>gloss::ReaderView</name>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Colour of This Highlight</source>
        <translation>这条高亮的颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove This Highlight</source>
        <translation>删除这条高亮(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gloss::SaveWarning</name>
    <message>
        <source>&lt;b&gt;Your changes are not saved:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;你的更改没有保存：&lt;/b&gt;%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed are kept beside the library and will be saved as soon as it can be written again.</source>
        <translation>
            <numerusform>你输入的 %n 条笔记已保存在文库旁，文库恢复可写后会立即存入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be kept on disk either: leave Gloss open until they are saved.</source>
        <translation>
            <numerusform>你输入的 %n 条笔记也无法保存到磁盘：请保持 Gloss 打开，直到它们保存成功。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last change was not made.</source>
        <translation>上一次更改没有生效。</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) typed in an earlier session could not be saved to %1 then.</source>
        <translation>
            <numerusform>之前一次使用中输入的 %n 条笔记当时未能保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Them</source>
        <translation>保存它们(&amp;S)</translation>
    </message>
    <message>
        <source>Di&amp;scard…</source>
        <translation>丢弃(&amp;S)…</translation>
    </message>
    <message>
        <source>Discard Unsaved Notes</source>
        <translation>丢弃未保存的笔记</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n note(s) that could not be saved? This cannot be undone.</source>
        <translation>
            <numerusform>丢弃无法保存的 %n 条笔记吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>文库：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Unsaved notes are kept in: %1</source>
        <translation>未保存的笔记保存在：%1</translation>
    </message>
    <message>
        <source>The recovery file could not be written: %1</source>
        <translation>无法写入恢复文件：%1</translation>
    </message>
    <message>
        <source>Note typed %1:</source>
        <translation>%1 输入的笔记：</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>The library cannot be written, so Gloss could not save your last change. Free some disk space, or make the file and its folder writable again; Gloss tries again every few seconds.</source>
        <translation>文库无法写入，因此 Gloss 没能保存你的上一次更改。请释放一些磁盘空间，或让文件及其所在文件夹重新可写；Gloss 每隔几秒会重试一次。</translation>
    </message>
    <message>
        <source>Notes Not Saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved to the library, nor kept beside it: %1

Close anyway and lose them?</source>
        <translation>
            <numerusform>有 %n 条笔记既无法存入文库，也无法保存在文库旁：%1

仍要关闭并丢失它们吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SchemeHandler</name>
    <message>
        <source>Image not found: %1</source>
        <translation>找不到图片：%1</translation>
    </message>
</context>
<context>
    <name>gloss::SearchPanel</name>
    <message>
        <source>In selected &amp;category</source>
        <translation>仅所选分类(&amp;C)</translation>
    </message>
    <message>
        <source>With &amp;notes</source>
        <translation>仅有笔记的(&amp;N)</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>搜索文库（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Words are all looked for; &quot;a phrase&quot; stays together; -word leaves out; pre* finds words starting with pre.</source>
        <translation>所有词都要出现；&quot;短语&quot;作为整体查找；-词 表示排除；pre* 查找以 pre 开头的词。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>In “%1”</source>
        <translation>仅“%1”</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>没有匹配的文章。</translation>
    </message>
    <message numerus="yes">
        <source>The best %n results:</source>
        <translation>
            <numerusform>最相关的 %n 条结果：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s):</source>
        <translation>
            <numerusform>%n 条结果：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are not indexed yet and were not searched.</source>
        <translation>
            <numerusform>有 %n 篇文章尚未建立索引，未被搜索。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SearchQuery</name>
    <message>
        <source>a search needs at least one word to look for, not only words to leave out</source>
        <translation>搜索至少需要一个要查找的词，不能只有要排除的词</translation>
    </message>
    <message>
        <source>-tag: cannot leave out a tag; search for tag:NAME</source>
        <translation>-tag: 无法排除标签；请改为搜索 tag:NAME</translation>
    </message>
    <message>
        <source>tag: needs a tag name (tag:reading)</source>
        <translation>tag: 需要一个标签名（tag:reading）</translation>
    </message>
</context>
<context>
    <name>gloss::SearchRepository</name>
    <message>
        <source>cannot search for &apos;%1&apos;: %2</source>
        <translation>无法搜索“%1”：%2</translation>
    </message>
    <message>
        <source>cannot search notes for &apos;%1&apos;: %2</source>
        <translation>无法在笔记中搜索“%1”：%2</translation>
    </message>
</context>
<context>
    <name>gloss::SearchResultDelegate</name>
    <message>
        <source>  (in a note)</source>
        <translation>  （在笔记中）</translation>
    </message>
</context>
<context>
    <name>gloss::SearchResultModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>gloss::TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; a #word in the note becomes a tag too</source>
        <translation>输入标签后按回车；笔记中的 #词 也会成为标签</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
</context>
<context>
    <name>gloss::TagName</name>
    <message>
        <source>a tag needs a name</source>
        <translation>标签需要名称</translation>
    </message>
    <message>
        <source>a tag can be at most %1 characters long (&apos;%2…&apos;)</source>
        <translation>标签最多 %1 个字符（“%2…”）</translation>
    </message>
    <message>
        <source>cannot register gloss_tag_key: %1</source>
        <translation>无法注册 gloss_tag_key：%1</translation>
    </message>
</context>
<context>
    <name>gloss::TextDecoder</name>
    <message>
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>UTF-8 字节顺序标记之后的内容不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-16 after a byte order mark</source>
        <translation>字节顺序标记之后的内容不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>binary file (it contains NUL bytes)</source>
        <translation>二进制文件（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>not valid UTF-8, and no other text encoding fits</source>
        <translation>不是有效的 UTF-8，也不符合其他任何文本编码</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文本不是有效的 %1</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>xz 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a Zstandard archive</source>
        <translation>Zstandard 压缩包</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等（另有 %2 处）</translation>
    </message>
    <message>
        <source>1 NUL byte dropped at byte offset %1</source>
        <translation>已丢弃字节偏移 %1 处的 1 个 NUL 字节</translation>
    </message>
    <message>
        <source>%1 NUL bytes dropped at byte offsets %2</source>
        <translation>已丢弃字节偏移 %2 处的 %1 个 NUL 字节</translation>
    </message>
    <message>
        <source>1 byte that is not UTF-8 replaced at byte offset %1</source>
        <translation>已替换字节偏移 %1 处 1 个不是 UTF-8 的字节</translation>
    </message>
    <message>
        <source>%1 bytes that are not UTF-8 replaced at byte offsets %2</source>
        <translation>已替换字节偏移 %2 处 %1 个不是 UTF-8 的字节</translation>
    </message>
    <message>
        <source>binary file (%1)</source>
        <translation>二进制文件（%1）</translation>
    </message>
    <message>
        <source>binary file (%1 of its %2 bytes are not text)</source>
        <translation>二进制文件（%2 个字节中有 %1 个不是文本）</translation>
    </message>
    <message>
        <source>not valid UTF-8 (%1 of its %2 bytes are not)</source>
        <translation>不是有效的 UTF-8（%2 个字节中有 %1 个不是）</translation>
    </message>
</context>
<context>
    <name>gloss::WebAnnotation</name>
    <message>
        <source>&quot;id&quot; must be a string &quot;urn:uuid:...&quot;</source>
        <translation>&quot;id&quot; 必须是 &quot;urn:uuid:...&quot; 形式的字符串</translation>
    </message>
    <message>
        <source>the id is not a urn:uuid: followed by a UUID</source>
        <translation>id 不是 urn:uuid: 后跟 UUID 的形式</translation>
    </message>
    <message>
        <source>its &quot;type&quot; is not &quot;Annotation&quot;</source>
        <translation>它的 &quot;type&quot; 不是 &quot;Annotation&quot;</translation>
    </message>
    <message>
        <source>the annotation</source>
        <translation>该批注</translation>
    </message>
    <message>
        <source>&quot;gloss:state&quot; must be ok, moved or orphaned, not &quot;%1&quot;</source>
        <translation>&quot;gloss:state&quot; 必须是 ok、moved 或 orphaned，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each body must be an object (a TextualBody)</source>
        <translation>每个 body 都必须是对象（TextualBody）</translation>
    </message>
    <message>
        <source>a body</source>
        <translation>某个 body</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot;: %2</source>
        <translation>标签 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>unknown colour &quot;%1&quot; (use %2)</source>
        <translation>未知颜色 &quot;%1&quot;（可用：%2）</translation>
    </message>
    <message>
        <source>&quot;target&quot; must be one object with a &quot;source&quot;</source>
        <translation>&quot;target&quot; 必须是带有 &quot;source&quot; 的单个对象</translation>
    </message>
    <message>
        <source>each selector must be an object</source>
        <translation>每个选择器都必须是对象</translation>
    </message>
    <message>
        <source>the TextQuoteSelector</source>
        <translation>TextQuoteSelector</translation>
    </message>
    <message>
        <source>the TextPositionSelector ends before it starts</source>
        <translation>TextPositionSelector 的结束位置在开始位置之前</translation>
    </message>
    <message>
        <source>a highlight needs a TextQuoteSelector with the highlighted text</source>
        <translation>高亮需要一个含有高亮文字的 TextQuoteSelector</translation>
    </message>
    <message>
        <source>an annotation of a whole article needs a note (a commenting body)</source>
        <translation>整篇文章的批注需要一条笔记（commenting 类型的 body）</translation>
    </message>
</context>
<context>
    <name>gloss::WelcomePage</name>
    <message>
        <source>This library is empty</source>
        <translation>此文库为空</translation>
    </message>
    <message>
        <source>Import a folder of Hexo posts (Markdown or HTML with YAML front matter), or look around the sample library first.</source>
        <translation>导入一个 Hexo 文章文件夹（带 YAML 前置元数据的 Markdown 或 HTML），或者先看看示例文库。</translation>
    </message>
    <message>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例文库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gloss: read and annotate a library of posts.</source>
        <translation>Gloss：阅读并批注一个文章库。</translation>
    </message>
    <message>
        <source>The library file to open.</source>
        <translation>要打开的文库文件。</translation>
    </message>
    <message>
        <source>Open the bundled sample library.</source>
        <translation>打开自带的示例文库。</translation>
    </message>
    <message>
        <source>Gloss already has %1 open; its window is now in front.</source>
        <translation>Gloss 已经打开了 %1；已将它的窗口切换到前台。</translation>
    </message>
    <message>
        <source>A folder of posts to import, then show; or a gloss:// link to follow.</source>
        <translation>要导入并显示的文章文件夹；或要打开的 gloss:// 链接。</translation>
    </message>
</context>
</TS>
