<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Made by {role}</source>
        <translation>由 {role} 创建</translation>
    </message>
    <message>
        <source>No note: press F2 to write one</source>
        <translation>没有备注：按 F2 填写</translation>
    </message>
    <message>
        <source>Starts on page {n} of the imported PDF</source>
        <translation>始于导入 PDF 的第 {n} 页</translation>
    </message>
    <message>
        <source>Cannot change the annotation: {error}</source>
        <translation>无法修改批注：{error}</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>List the annotations of every document, not only the open one</source>
        <translation>列出所有文档的批注，而不只是当前打开的文档</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Edit the selected annotation&apos;s note (F2)</source>
        <translation>编辑所选批注的备注（F2）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Change the selected annotations&apos; type</source>
        <translation>更改所选批注的类型</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>删除所选批注（Del）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the listed annotations as CSV for Excel or LibreOffice</source>
        <translation>将列出的批注保存为 CSV，供 Excel 或 LibreOffice 使用</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Open a document to see its annotations</source>
        <translation>打开文档以查看其批注</translation>
    </message>
    <message>
        <source>{n} annotations in all documents</source>
        <translation>所有文档中共 {n} 条批注</translation>
    </message>
    <message>
        <source>1 annotation in all documents</source>
        <translation>所有文档中共 1 条批注</translation>
    </message>
    <message>
        <source>{n} annotations in this document</source>
        <translation>本文档中有 {n} 条批注</translation>
    </message>
    <message>
        <source>1 annotation in this document</source>
        <translation>本文档中有 1 条批注</translation>
    </message>
    <message>
        <source>Change annotations to {type}</source>
        <translation>将批注改为{type}</translation>
    </message>
    <message>
        <source>Delete annotations</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation>无法修改批注</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>无法导出：{error}</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Open in reader</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>CapacityPlot</name>
    <message>
        <source>+ {count} other companies (in the company picker)</source>
        <translation>另有 {count} 家公司（见公司选择框）</translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>{category} · {series}: {value} of {total} {unit}</source>
        <translation>{category} · {series}：{value}（共 {total}）{unit}</translation>
    </message>
    <message>
        <source>company not stated</source>
        <translation>未注明企业</translation>
    </message>
    <message>
        <source>year the figure refers to</source>
        <translation>数据所属年份</translation>
    </message>
    <message>
        <source>{company}, {year}: {value} ({status}; 1 row)</source>
        <translation>{company}，{year}：{value}（{status}；1 行）</translation>
    </message>
    <message>
        <source>{company}, {year}: {value} ({status}; {n} rows)</source>
        <translation>{company}，{year}：{value}（{status}；{n} 行）</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>(not stated)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>（其他）</translation>
    </message>
    <message>
        <source>market &amp; totals</source>
        <translation>市场与合计</translation>
    </message>
    <message>
        <source>Capacity: no figures</source>
        <translation>产能：无数据</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>Capacity added</source>
        <translation>新增产能</translation>
    </message>
    <message>
        <source>Market &amp; total capacity</source>
        <translation>市场与合计产能</translation>
    </message>
    <message>
        <source>Market &amp; total capacity added</source>
        <translation>市场与合计新增产能</translation>
    </message>
    <message>
        <source>{subject}: {product} · {unit}</source>
        <translation>{subject}：{product} · {unit}</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>{aggregate} and {added} charted separately</source>
        <translation>{aggregate}和{added}另行绘制</translation>
    </message>
    <message>
        <source>{aggregate} charted separately</source>
        <translation>{aggregate}另行绘制</translation>
    </message>
    <message>
        <source>{added} charted separately</source>
        <translation>{added}另行绘制</translation>
    </message>
    <message>
        <source>1 market or total figure</source>
        <translation>1 条市场或合计数据</translation>
    </message>
    <message>
        <source>{n} market or total figures</source>
        <translation>{n} 条市场或合计数据</translation>
    </message>
    <message>
        <source>1 capacity addition</source>
        <translation>1 条新增产能</translation>
    </message>
    <message>
        <source>{n} capacity additions</source>
        <translation>{n} 条新增产能</translation>
    </message>
    <message>
        <source>no capacity figures to draw</source>
        <translation>没有可绘制的产能数据</translation>
    </message>
    <message>
        <source>1 more company not drawn</source>
        <translation>另有 1 家企业未绘制</translation>
    </message>
    <message>
        <source>{n} more companies not drawn</source>
        <translation>另有 {n} 家企业未绘制</translation>
    </message>
    <message>
        <source>1 row without a year not drawn</source>
        <translation>1 行无年份，未绘制</translation>
    </message>
    <message>
        <source>{n} rows without a year not drawn</source>
        <translation>{n} 行无年份，未绘制</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>year not stated</source>
        <translation>年份未注明</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 个来源</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>{n} 个来源</translation>
    </message>
    <message>
        <source>1 other figure</source>
        <translation>另有 1 个数据</translation>
    </message>
    <message>
        <source>{n} other figures</source>
        <translation>另有 {n} 个数据</translation>
    </message>
    <message>
        <source>{others} for {year}</source>
        <translation>{year} 年{others}</translation>
    </message>
    <message>
        <source>written {names}</source>
        <translation>原文写作 {names}</translation>
    </message>
    <message>
        <source>{company}, {year}: {value} ({details})</source>
        <translation>{company}，{year}：{value}（{details}）</translation>
    </message>
    <message>
        <source>Latest capacity: no company figures</source>
        <translation>最新产能：无企业数据</translation>
    </message>
    <message>
        <source>Latest capacity added per company: {product} · {unit}</source>
        <translation>各企业最新新增产能：{product} · {unit}</translation>
    </message>
    <message>
        <source>Latest capacity per company: {product} · {unit}</source>
        <translation>各企业最新产能：{product} · {unit}</translation>
    </message>
    <message>
        <source>no company capacity figures to draw</source>
        <translation>没有可绘制的企业产能数据</translation>
    </message>
    <message>
        <source>{n} more not shown</source>
        <translation>另有 {n} 家未显示</translation>
    </message>
    <message>
        <source>1 figure without a company not shown</source>
        <translation>1 个数据未注明企业，未显示</translation>
    </message>
    <message>
        <source>{n} figures without a company not shown</source>
        <translation>{n} 个数据未注明企业，未显示</translation>
    </message>
    <message>
        <source>{n} without a country</source>
        <translation>{n} 个未注明国家</translation>
    </message>
    <message>
        <source>{n} without a domain</source>
        <translation>{n} 个未注明领域</translation>
    </message>
    <message>
        <source>{n} rejected not counted</source>
        <translation>{n} 个已拒绝，未计入</translation>
    </message>
    <message>
        <source>Clusters by country, stacked by domain</source>
        <translation>各国产业集群（按领域堆叠）</translation>
    </message>
    <message>
        <source>Clusters by country</source>
        <translation>各国产业集群</translation>
    </message>
    <message>
        <source>Clusters by domain</source>
        <translation>各领域产业集群</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>个产业集群</translation>
    </message>
    <message>
        <source>Most mentioned: {type}</source>
        <translation>提及最多的{type}</translation>
    </message>
    <message>
        <source>Most mentioned entities (top {n} of each type)</source>
        <translation>提及最多的实体（每类前 {n} 名）</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>次提及</translation>
    </message>
    <message>
        <source>{type}, in 1 document</source>
        <translation>{type}，见于 1 篇文档</translation>
    </message>
    <message>
        <source>{type}, in {n} documents</source>
        <translation>{type}，见于 {n} 篇文档</translation>
    </message>
    <message>
        <source>1 document without a publish date</source>
        <translation>1 篇文档没有发布日期</translation>
    </message>
    <message>
        <source>{n} documents without a publish date</source>
        <translation>{n} 篇文档没有发布日期</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>篇文档</translation>
    </message>
    <message>
        <source>Documents by publish date</source>
        <translation>按发布日期统计的文档</translation>
    </message>
    <message>
        <source>Documents by publish date (per day)</source>
        <translation>按发布日期统计的文档（按日）</translation>
    </message>
    <message>
        <source>Documents by publish date (per month)</source>
        <translation>按发布日期统计的文档（按月）</translation>
    </message>
    <message>
        <source>Documents by publish date (per year)</source>
        <translation>按发布日期统计的文档（按年）</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>All companies</source>
        <translation>所有企业</translation>
    </message>
    <message>
        <source>Hover over a bar or point for its exact values; click it to select its rows.</source>
        <translation>将鼠标悬停在柱形或数据点上可查看确切数值；单击可选中对应的行。</translation>
    </message>
    <message>
        <source>Hover over a bar for its figure; click it to select its rows; double-click it for the company over time.</source>
        <translation>将鼠标悬停在柱形上可查看数值；单击选中对应的行；双击查看该企业的历年变化。</translation>
    </message>
    <message>
        <source>Figures of one product and unit share one axis</source>
        <translation>同一产品、同一单位的数据共用一条坐标轴</translation>
    </message>
    <message>
        <source>Draw one company&apos;s capacity over time</source>
        <translation>绘制单个企业的产能变化</translation>
    </message>
    <message>
        <source>Show over time</source>
        <translation>查看历年变化</translation>
    </message>
    <message>
        <source>The selected company&apos;s capacity over time (or double-click its bar)</source>
        <translation>所选企业的历年产能（也可双击其柱形）</translation>
    </message>
    <message>
        <source>Stack by domain</source>
        <translation>按领域堆叠</translation>
    </message>
    <message>
        <source>All types (top {n} each)</source>
        <translation>所有类型（每类前 {n} 名）</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>打开来源</translation>
    </message>
    <message>
        <source>Open the selected bar&apos;s or point&apos;s source (Ctrl+Return)</source>
        <translation>打开所选柱形或数据点的来源（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Back to the whole chart (Ctrl+0)</source>
        <translation>返回完整图表（Ctrl+0）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Computing the chart…</source>
        <translation>正在计算图表…</translation>
    </message>
    <message>
        <source>The chart could not be computed: {0}</source>
        <translation>无法计算图表：{0}</translation>
    </message>
    <message>
        <source>The selected row has no source document.</source>
        <translation>所选行没有来源文档。</translation>
    </message>
    <message>
        <source>Open source {i}/{n}</source>
        <translation>打开来源 {i}/{n}</translation>
    </message>
    <message>
        <source>Export chart as {format}</source>
        <translation>将图表导出为 {format}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Chart exported to {path}</source>
        <translation>图表已导出至 {path}</translation>
    </message>
</context>
<context>
    <name>ColumnFilterBar</name>
    <message>
        <source>filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show rows whose {column} matches</source>
        <translation>显示{column}匹配的行</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>localhost, a server name, or a socket folder</source>
        <translation>localhost、服务器名称或套接字目录</translation>
    </message>
    <message>
        <source>The password comes from your ~/.pgpass file, a PostgreSQL service file or the PGPASSWORD variable; the workbench never asks for it or saves it.</source>
        <translation>密码取自 ~/.pgpass 文件、PostgreSQL 服务文件或 PGPASSWORD 环境变量；工作台从不询问也不保存密码。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User (role):</source>
        <translation>用户（角色）(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>EditCheck</name>
    <message>
        <source>annotation {id} no longer exists</source>
        <translation>批注 {id} 已不存在</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>canonical name</source>
        <translation>标准名称</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>The {what} is empty.</source>
        <translation>{what}为空。</translation>
    </message>
    <message>
        <source>The {what} is longer than 200 characters.</source>
        <translation>{what}超过 200 个字符。</translation>
    </message>
    <message>
        <source>The {what} holds a control character (U+{code}).</source>
        <translation>{what}含有控制字符（U+{code}）。</translation>
    </message>
    <message>
        <source>“{type}” is not a type of name; use one of {known}.</source>
        <translation>“{type}”不是名称类型；请使用 {known} 之一。</translation>
    </message>
    <message>
        <source>{name} is the entity&apos;s own name; rename it instead.</source>
        <translation>{name} 是该实体本身的名称；请改用重命名。</translation>
    </message>
    <message>
        <source>a tag needs at least one character that is not a space</source>
        <translation>标签至少要有一个非空格字符</translation>
    </message>
    <message>
        <source>the tag is {count} characters long; a tag takes at most {most}</source>
        <translation>标签长 {count} 个字符；标签最多 {most} 个字符</translation>
    </message>
    <message>
        <source>a tag cannot hold “{separator}” (it separates tags in lists)</source>
        <translation>标签不能含有“{separator}”（列表中用它分隔标签）</translation>
    </message>
    <message>
        <source>document {id} no longer exists</source>
        <translation>文档 {id} 已不存在</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation>实体筛选</translation>
    </message>
    <message>
        <source>Entity type filter</source>
        <translation>实体类型筛选</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Select an entity to see where it is mentioned.</source>
        <translation>选择一个实体，查看它在哪些地方被提及。</translation>
    </message>
    <message>
        <source>Add Name…</source>
        <translation>添加名称…</translation>
    </message>
    <message>
        <source>Teach a name the recogniser should find everywhere</source>
        <translation>教给识别器一个名称，让它在所有文档中都能找到</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Give the entity another canonical name</source>
        <translation>为实体换一个规范名称</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Make the selected entities one (the one with most mentions keeps its name)</source>
        <translation>将所选实体合并为一个（保留提及次数最多者的名称）</translation>
    </message>
    <message>
        <source>Never an Entity</source>
        <translation>永不视为实体</translation>
    </message>
    <message>
        <source>Remove every mention of the selected names, in every document, now and later</source>
        <translation>在所有文档中删除所选名称的全部提及，今后也不再识别</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Split Off</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Make one way of writing the entity an entity of its own</source>
        <translation>将实体的某种写法拆分为独立的实体</translation>
    </message>
    <message>
        <source>Apply to All Documents</source>
        <translation>应用到所有文档</translation>
    </message>
    <message>
        <source>Add a Name</source>
        <translation>添加名称</translation>
    </message>
    <message>
        <source>The name is found in every document from now on. Give the entity it names to make it another name of that entity (a short form, the other script).</source>
        <translation>今后所有文档中都会识别这个名称。填写它所指的实体，即可将其作为该实体的另一名称（简称、另一种字体写法）。</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <source>New canonical name for “{name}”. The name of another entity of this type merges the two.</source>
        <translation>“{name}”的新规范名称。若填写同类型另一实体的名称，两者将合并。</translation>
    </message>
    <message>
        <source>Make {n} entities {type}</source>
        <translation>将 {n} 个实体改为{type}</translation>
    </message>
    <message>
        <source>Never an entity: “{name}” and {n} more</source>
        <translation>永不视为实体：“{name}”等 {n} 个</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 次提及</translation>
    </message>
    <message>
        <source>{n} mentions</source>
        <translation>{n} 次提及</translation>
    </message>
    <message>
        <source>in 1 document</source>
        <translation>，见于 1 篇文档</translation>
    </message>
    <message>
        <source>in {n} documents</source>
        <translation>，见于 {n} 篇文档</translation>
    </message>
    <message>
        <source>{name} ({type}): {mentions} {where}. Double-click or Enter to open one.</source>
        <translation>{name}（{type}）：{mentions}{where}。双击或按 Enter 打开。</translation>
    </message>
    <message>
        <source>Never an entity: “{name}”</source>
        <translation>永不视为实体：“{name}”</translation>
    </message>
    <message>
        <source>No other names</source>
        <translation>没有其他名称</translation>
    </message>
    <message>
        <source>Export Lexicon</source>
        <translation>导出词库</translation>
    </message>
    <message>
        <source>Workbench lexicon (*.json)</source>
        <translation>工作台词库 (*.json)</translation>
    </message>
    <message>
        <source>Exported {entities} entities, {names} names and {never} never-names to {file}.</source>
        <translation>已将 {entities} 个实体、{names} 个名称和 {never} 个排除名称导出至 {file}。</translation>
    </message>
    <message>
        <source>Import Lexicon</source>
        <translation>导入词库</translation>
    </message>
    <message>
        <source>Workbench lexicon (*.json);;All files (*)</source>
        <translation>工作台词库 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>已导入 {file}：{summary}。</translation>
    </message>
    <message>
        <source>Recognising the documents that hold the taught names…</source>
        <translation>正在重新识别含有所教名称的文档…</translation>
    </message>
    <message>
        <source>Your lexicon changed ({names}). Documents already stored still show the earlier recognition.</source>
        <translation>词库已更改（{names}）。已存储的文档仍显示之前的识别结果。</translation>
    </message>
    <message>
        <source>Could not apply the lexicon: {reason}</source>
        <translation>无法应用词库：{reason}</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} 个实体</translation>
    </message>
    <message>
        <source>No entities match this filter.</source>
        <translation>没有符合筛选条件的实体。</translation>
    </message>
    <message>
        <source>No entities recognised yet.</source>
        <translation>尚未识别出任何实体。</translation>
    </message>
    <message>
        <source>{name} ({type}): no mentions in the store.</source>
        <translation>{name}（{type}）：数据库中没有提及。</translation>
    </message>
</context>
<context>
    <name>EntityNameDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entity it names</source>
        <translation>所指实体</translation>
    </message>
    <message>
        <source>optional: an entity it is another name of</source>
        <translation>可选：它作为别名所属的实体</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Same as:</source>
        <translation>等同于(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Written as: {forms}</source>
        <translation>原文写法：{forms}</translation>
    </message>
    <message>
        <source>Taught names: {names}</source>
        <translation>所教名称：{names}</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文档数</translation>
    </message>
    <message>
        <source>Documents that mention the entity</source>
        <translation>提及该实体的文档数</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Last written by</source>
        <translation>最后写入者</translation>
    </message>
    <message>
        <source>Document key</source>
        <translation>文档标识</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>文档编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document (either script)</source>
        <translation>在本文档中查找（简繁皆可）</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一处 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>另含 %1</translation>
    </message>
    <message>
        <source>Also finds the other names of what you typed: %1. Quote the query to find only the text as typed.</source>
        <translation>同时查找所输入名称的其他写法：%1。给查询加引号则只查找原样输入的文字。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing documents</source>
        <translation>正在导入文档</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>{entities}, {names} taught, {never} added</source>
        <translation>{entities}，教了 {names}，新增 {never}</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 个实体</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} 个实体</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 个名称</translation>
    </message>
    <message>
        <source>{n} names</source>
        <translation>{n} 个名称</translation>
    </message>
    <message>
        <source>1 never-name</source>
        <translation>1 个排除名称</translation>
    </message>
    <message>
        <source>{n} never-names</source>
        <translation>{n} 个排除名称</translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <source>Importable documents ({patterns})</source>
        <translation>可导入的文档 ({patterns})</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>网页 (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.text *.md *.markdown)</source>
        <translation>纯文本和 Markdown (*.txt *.text *.md *.markdown)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{file} looks like the same article as document {id} «{title}» ({how}): its capacity rows are merged with that document&apos;s</source>
        <translation>{file} 似乎与文档 {id}《{title}》是同一篇文章（{how}）：其产能行已并入该文档</translation>
    </message>
    <message>
        <source>{n} imported ({alike} of them the same article as a stored document)</source>
        <translation>已导入 {n} 个（其中 {alike} 个与已存文档为同一篇文章）</translation>
    </message>
    <message>
        <source>{n} imported</source>
        <translation>已导入 {n} 个</translation>
    </message>
    <message>
        <source>{n} skipped as duplicates</source>
        <translation>跳过 {n} 个重复</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} 个失败</translation>
    </message>
    <message>
        <source>{n} other files ignored</source>
        <translation>{n} 个其他文件已忽略</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source> (cancelled: the remaining files were not imported)</source>
        <translation>（已取消：其余文件未导入）</translation>
    </message>
    <message>
        <source> (cancelled: entities and sheets of {n} of them are left for later)</source>
        <translation>（已取消：其中 {n} 个的实体和表格留待以后处理）</translation>
    </message>
    <message>
        <source>the same content is already stored as document {id} imported from {file}</source>
        <translation>相同内容已存为文档 {id}（导入自 {file}）</translation>
    </message>
    <message>
        <source>the same content is already stored as document {id}</source>
        <translation>相同内容已存为文档 {id}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Skipped: duplicate</source>
        <translation>已跳过：重复</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Imported (near duplicate)</source>
        <translation>已导入（近似重复）</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>… and {n} more near duplicates (see Details)</source>
        <translation>……另有 {n} 个近似重复项（见“详情”）</translation>
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
        <source>document {id}: {n} characters</source>
        <translation>文档 {id}：{n} 字</translation>
    </message>
    <message>
        <source>, {n} pages</source>
        <translation>，{n} 页</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>; the same article as document {id} «{title}» ({how})</source>
        <translation>；与文档 {id}《{title}》为同一篇文章（{how}）</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>unrecognised layout: expected an article digest (#tag, then title/body lines), a news digest (paragraphs of Chinese text) or a report listing (• …(NN页).pdf)</source>
        <translation>无法识别的版式：应为文章汇编（#标签，然后是标题行和正文行）、新闻汇编（中文段落）或报告列表（• …(NN页).pdf）</translation>
    </message>
    <message>
        <source>no documents found in the file</source>
        <translation>文件中没有找到文档</translation>
    </message>
    <message>
        <source>line {line}: an article body without a title line</source>
        <translation>第 {line} 行：文章正文前没有标题行</translation>
    </message>
    <message>
        <source>line {line}: text before the first article: {text}</source>
        <translation>第 {line} 行：第一篇文章之前有文字：{text}</translation>
    </message>
    <message>
        <source>the file has a #tag line but no article body</source>
        <translation>文件有 #标签 行，但没有文章正文</translation>
    </message>
    <message>
        <source>the file is truncated: the article titled “{title}” (line {line}) has no body</source>
        <translation>文件不完整：标题为“{title}”的文章（第 {line} 行）没有正文</translation>
    </message>
    <message>
        <source>the file is truncated: report entry “{name}” (line {line}) has no 发布时间 line</source>
        <translation>文件不完整：报告条目“{name}”（第 {line} 行）没有“发布时间”行</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>文件只有空白字符</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>import limit</source>
        <translation>导入上限</translation>
    </message>
    <message>
        <source>decoded as {encoding}; the evidence was thin</source>
        <translation>已按 {encoding} 解码；依据不足</translation>
    </message>
    <message>
        <source>the {name} text is damaged (byte {byte})</source>
        <translation>{name} 文本已损坏（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>this is a binary file, not {name} text (it holds NUL characters)</source>
        <translation>这是二进制文件，不是 {name} 文本（含有 NUL 字符）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>this is a binary file, not text (it contains NUL bytes)</source>
        <translation>这是二进制文件，不是文本（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>the file is truncated: it ends inside a UTF-8 character (byte {byte})</source>
        <translation>文件不完整：结尾断在一个 UTF-8 字符中间（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, GB18030/GBK or Big5 (first bad byte at offset {byte})</source>
        <translation>文本不是有效的 UTF-8、GB18030/GBK 或 Big5（第一个错误字节位于偏移 {byte}）</translation>
    </message>
    <message>
        <source>this does not look like Chinese text in any known encoding</source>
        <translation>按任何已知编码读取都不像中文文本</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file: only regular files are read</source>
        <translation>这是命名管道（FIFO），不是文件：只读取普通文件</translation>
    </message>
    <message>
        <source>this is a character device, not a file: only regular files are read</source>
        <translation>这是字符设备，不是文件：只读取普通文件</translation>
    </message>
    <message>
        <source>this is a block device, not a file: only regular files are read</source>
        <translation>这是块设备，不是文件：只读取普通文件</translation>
    </message>
    <message>
        <source>this is a socket, not a file: only regular files are read</source>
        <translation>这是套接字，不是文件：只读取普通文件</translation>
    </message>
    <message>
        <source>this is not a regular file: only regular files are read</source>
        <translation>这不是普通文件：只读取普通文件</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>权限不足：无法读取文件</translation>
    </message>
    <message>
        <source>the file is over {size}, over the {limit} of {most}</source>
        <translation>文件超过 {size}，超出{limit} {most}</translation>
    </message>
    <message>
        <source>the file is {size}, over the {limit} of {most}</source>
        <translation>文件大小为 {size}，超出{limit} {most}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>the Word file&apos;s {part} unpacks to {size}, over the limit of {most}</source>
        <translation>Word 文件的 {part} 解压后为 {size}，超出上限 {most}</translation>
    </message>
    <message>
        <source>the Word file&apos;s {part} unpacks {ratio} times over ({packed} to {size}), more than the {most} of any real document: it looks like a zip bomb</source>
        <translation>Word 文件的 {part} 解压后膨胀 {ratio} 倍（{packed} 变为 {size}），超过任何真实文档的 {most} 倍：看起来是压缩炸弹</translation>
    </message>
    <message>
        <source>this is an old-format Word file (.doc) or a password-protected .docx: open it in Word or LibreOffice, save it as .docx without a password, and import that</source>
        <translation>这是旧格式 Word 文件（.doc）或有密码保护的 .docx：请在 Word 或 LibreOffice 中打开，另存为不带密码的 .docx，再导入</translation>
    </message>
    <message>
        <source>not a Word .docx file (it is not a zip archive)</source>
        <translation>不是 Word .docx 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>not a Word .docx file (it has no word/document.xml)</source>
        <translation>不是 Word .docx 文件（没有 word/document.xml）</translation>
    </message>
    <message>
        <source>the Word file is damaged (its zip data is corrupt)</source>
        <translation>Word 文件已损坏（zip 数据有误）</translation>
    </message>
    <message>
        <source>the Word file is packed with a compression method Word never uses (it was zipped again by another tool): open and save it in Word or LibreOffice, and import that</source>
        <translation>Word 文件使用了 Word 从不使用的压缩方式（被其他工具重新压缩过）：请在 Word 或 LibreOffice 中打开并保存，再导入</translation>
    </message>
    <message>
        <source>the Word file&apos;s parts are encrypted with a zip password: save it in Word or LibreOffice without a password and import that</source>
        <translation>Word 文件的内容用 zip 密码加密：请在 Word 或 LibreOffice 中另存为不带密码的文件，再导入</translation>
    </message>
    <message>
        <source>the Word file is damaged (bad XML: {reason})</source>
        <translation>Word 文件已损坏（XML 有误：{reason}）</translation>
    </message>
    <message>
        <source>the Word file holds no text</source>
        <translation>Word 文件中没有文字</translation>
    </message>
    <message>
        <source>old-format Word files (.doc) cannot be read: save it as .docx in Word or LibreOffice</source>
        <translation>无法读取旧格式 Word 文件（.doc）：请在 Word 或 LibreOffice 中另存为 .docx</translation>
    </message>
    <message>
        <source>WPS files cannot be read: save it as .docx</source>
        <translation>无法读取 WPS 文件：请另存为 .docx</translation>
    </message>
    <message>
        <source>web archives (.mht) cannot be read: save the page as “Web page, HTML only”</source>
        <translation>无法读取网页归档（.mht）：请将网页另存为“网页，仅 HTML”</translation>
    </message>
    <message>
        <source>web archives (.mhtml) cannot be read: save the page as “Web page, HTML only”</source>
        <translation>无法读取网页归档（.mhtml）：请将网页另存为“网页，仅 HTML”</translation>
    </message>
    <message>
        <source>not an importable format (no extension); importable are {kinds}</source>
        <translation>不是可导入的格式（没有扩展名）；可导入的有 {kinds}</translation>
    </message>
    <message>
        <source>not an importable format ({suffix}); importable are {kinds}</source>
        <translation>不是可导入的格式（{suffix}）；可导入的有 {kinds}</translation>
    </message>
    <message>
        <source>limit for a text file ({most} characters at up to 4 bytes each)</source>
        <translation>文本文件上限（{most} 字，每字至多 4 字节）</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <source>the file holds no real text, only numbers, punctuation or white space</source>
        <translation>文件中没有真正的文字，只有数字、标点或空白</translation>
    </message>
    <message>
        <source>the page says it is UTF-7 but is not (bad byte at offset {byte})</source>
        <translation>网页声明为 UTF-7，实际不是（错误字节位于偏移 {byte}）</translation>
    </message>
    <message>
        <source>the web page has more than {most} elements, beyond what a saved page holds</source>
        <translation>网页的元素超过 {most} 个，远超保存的网页应有的数量</translation>
    </message>
    <message>
        <source>the web page holds no readable text</source>
        <translation>网页中没有可读的文字</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>the Word file</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <source>the web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>{what} holds more than {most} characters of text, the limit for one document: split it into smaller files</source>
        <translation>{what}的文字超过 {most} 字，即单个文档的上限：请拆分为较小的文件</translation>
    </message>
    <message>
        <source>a stream in the PDF inflates to over {most}, the limit for one stream: it is damaged or built to exhaust memory</source>
        <translation>PDF 中有一个数据流解压后超过 {most}，即单个数据流的上限：文件已损坏，或是为耗尽内存而构造</translation>
    </message>
    <message>
        <source>the PDF&apos;s streams inflate to over {most} together (images aside), the limit for one file</source>
        <translation>PDF 的数据流解压后合计超过 {most}（不计图片），即单个文件的上限</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>不是 PDF 文件（开头不是 %PDF-）</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password: remove the password and import again</source>
        <translation>PDF 有密码加密：请去除密码后重新导入</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported encryption scheme</source>
        <translation>PDF 使用了不支持的加密方式</translation>
    </message>
    <message>
        <source>the PDF has no pages: there is nothing to import</source>
        <translation>PDF 没有页面：没有可导入的内容</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF 已损坏，无法读取</translation>
    </message>
    <message>
        <source>page {page} of the PDF is damaged</source>
        <translation>PDF 第 {page} 页已损坏</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF 没有页面</translation>
    </message>
    <message>
        <source>no text layer: {scanned} of {pages} pages are images, as in a scanned document; run OCR on it (for example with OCRmyPDF) and import the result</source>
        <translation>没有文字层：{pages} 页中有 {scanned} 页是图片，如同扫描件；请先做文字识别（例如用 OCRmyPDF），再导入结果</translation>
    </message>
    <message>
        <source>the PDF has no text on its {pages} pages besides running headers, page numbers and punctuation</source>
        <translation>PDF 的 {pages} 页中除页眉、页码和标点外没有文字</translation>
    </message>
    <message>
        <source>the PDF has no text on any of its {pages} pages</source>
        <translation>PDF 的 {pages} 页上都没有文字</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>the file is larger than {most} MB</source>
        <translation>文件大于 {most} MB</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>不是 UTF-8 文本（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>not JSON (line {line}, column {column}: {reason})</source>
        <translation>不是 JSON（第 {line} 行第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <source>not a lexicon: its JSON is nested too deeply</source>
        <translation>不是词库：其 JSON 嵌套过深</translation>
    </message>
    <message>
        <source>not a lexicon: it holds a number too long to read</source>
        <translation>不是词库：其中的数字过长，无法读取</translation>
    </message>
    <message>
        <source>not a workbench lexicon (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是工作台词库（没有 "format": "{format}"）</translation>
    </message>
    <message>
        <source>the &quot;version&quot; is missing or not a whole number</source>
        <translation>缺少 "version"，或它不是整数</translation>
    </message>
    <message>
        <source>written by a newer workbench (lexicon version {version}; this one reads version {readable})</source>
        <translation>由较新版本的工作台写入（词库版本 {version}；本版本只能读取版本 {readable}）</translation>
    </message>
    <message>
        <source>the lexicon</source>
        <translation>词库</translation>
    </message>
    <message>
        <source>never-name {n}</source>
        <translation>排除名称 {n}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {where} is not a list</source>
        <translation>{where}中的 "{key}" 不是列表</translation>
    </message>
    <message>
        <source>{where}: the name is missing or not text</source>
        <translation>{where}：缺少名称，或名称不是文字</translation>
    </message>
    <message>
        <source>{where}: the name is empty</source>
        <translation>{where}：名称为空</translation>
    </message>
    <message>
        <source>{where}: the name is longer than {most} characters</source>
        <translation>{where}：名称超过 {most} 个字符</translation>
    </message>
    <message>
        <source>{where}: the name holds a control character (U+{code})</source>
        <translation>{where}：名称含有控制字符（U+{code}）</translation>
    </message>
    <message>
        <source>{where}: the &quot;type&quot; is missing</source>
        <translation>{where}：缺少 "type"</translation>
    </message>
    <message>
        <source>{where}: unknown type “{type}” (use one of {known})</source>
        <translation>{where}：未知类型“{type}”（请使用 {known} 之一）</translation>
    </message>
    <message>
        <source>entity {n}</source>
        <translation>实体 {n}</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where}不是对象</translation>
    </message>
    <message>
        <source>{where}: the &quot;canonical&quot; name is missing</source>
        <translation>{where}：缺少 "canonical" 名称</translation>
    </message>
    <message>
        <source>entity {n} ({name})</source>
        <translation>实体 {n}（{name}）</translation>
    </message>
    <message>
        <source>{where}, alias {n}</source>
        <translation>{where}的别名 {n}</translation>
    </message>
    <message>
        <source>{where} has no &quot;name&quot;</source>
        <translation>{where}没有 "name"</translation>
    </message>
    <message>
        <source>no table in the file: its first row holds no headers</source>
        <translation>文件中没有表格：首行没有列名</translation>
    </message>
    <message>
        <source>not a CSV table ({reason})</source>
        <translation>不是 CSV 表格（{reason}）</translation>
    </message>
    <message>
        <source>workbooks cannot be read here: openpyxl is missing</source>
        <translation>此处无法读取工作簿：缺少 openpyxl</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({reason})</source>
        <translation>不是可读取的 .xlsx 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>the worksheet “{sheet}” cannot be read ({reason})</source>
        <translation>无法读取工作表“{sheet}”（{reason}）</translation>
    </message>
    <message>
        <source>{table}: more than {most} rows</source>
        <translation>{table}：超过 {most} 行</translation>
    </message>
    <message>
        <source>{table}: {count} columns, more than {most}</source>
        <translation>{table}：{count} 列，超过 {most} 列</translation>
    </message>
    <message>
        <source>no sheet or annotations export in it ({tables}: their headers are not an export&apos;s)</source>
        <translation>其中没有导出的表格或标注（{tables}：列名不是导出文件的列名）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>LexiconApplier</name>
    <message>
        <source>Applied your lexicon: {n} documents recognised again</source>
        <translation>已应用词库：重新识别了 {n} 篇文档</translation>
    </message>
    <message>
        <source>Applied your lexicon: 1 document recognised again</source>
        <translation>已应用词库：重新识别了 1 篇文档</translation>
    </message>
    <message>
        <source> (cancelled part way)</source>
        <translation>（中途取消）</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>繁简</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>My Tags</source>
        <translation>我的标签</translation>
    </message>
    <message>
        <source>Source: {files}</source>
        <translation>来源：{files}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter by title, publisher or tag (either script)</source>
        <translation>按标题、发布机构或标签筛选（繁简皆可）</translation>
    </message>
    <message>
        <source>Library filter</source>
        <translation>文档库筛选</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>Script filter</source>
        <translation>繁简筛选</translation>
    </message>
    <message>
        <source>Source file filter</source>
        <translation>来源文件筛选</translation>
    </message>
    <message>
        <source>My tag filter</source>
        <translation>我的标签筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>All scripts</source>
        <translation>繁简不限</translation>
    </message>
    <message>
        <source>All source files</source>
        <translation>所有来源文件</translation>
    </message>
    <message>
        <source>All my tags</source>
        <translation>全部我的标签</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>还没有文档</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} 篇文档</translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation>{shown} / {total} 篇文档</translation>
    </message>
    <message>
        <source>The store holds no documents yet.</source>
        <translation>数据库中还没有文档。</translation>
    </message>
    <message>
        <source>No documents match these filters.</source>
        <translation>没有符合这些筛选条件的文档。</translation>
    </message>
    <message>
        <source>&amp;Open in the Reader</source>
        <translation>在阅读器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Remove &amp;Tag</source>
        <translation>移除标签(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export Document List…</source>
        <translation>导出文档列表(&amp;E)…</translation>
    </message>
    <message>
        <source>The documents shown (as filtered and sorted), with their tags, as CSV</source>
        <translation>将所显示的文档（按当前筛选与排序）连同标签导出为 CSV</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n document(s):</source>
        <translation>
            <numerusform>为 %n 篇文档添加的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the tags: %1</source>
        <translation>无法更改标签：%1</translation>
    </message>
    <message>
        <source>Export Document List</source>
        <translation>导出文档列表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Recognise and Extract Again (1 Document)</source>
        <translation>重新识别并抽取(&amp;R)（1 篇文档）</translation>
    </message>
    <message>
        <source>&amp;Recognise and Extract Again ({n} Documents)</source>
        <translation>重新识别并抽取(&amp;R)（{n} 篇文档）</translation>
    </message>
    <message>
        <source>Find the entities and fill the sheets anew for the chosen documents; your verdicts, edits and reviews stand</source>
        <translation>为所选文档重新识别实体并填写数据表；你的判定、编辑和审核都会保留</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Industry Intelligence Workbench</source>
        <translation>产业情报工作台</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文档库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;heets</source>
        <translation>数据表(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>显示或隐藏“{panel}”面板</translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation>修改尚未保存</translation>
    </message>
    <message>
        <source>{edits} could not be saved yet: {store} is busy (an import or another window is writing).

Wait and try again, or close and lose them?</source>
        <translation>{edits}尚未保存：{store} 正忙（正在导入，或另一个窗口正在写入）。

要等待后重试，还是关闭并放弃这些修改？</translation>
    </message>
    <message>
        <source>{edits} not saved yet: the store is busy</source>
        <translation>{edits}尚未保存：数据库正忙</translation>
    </message>
    <message>
        <source>Every edit is saved.</source>
        <translation>所有修改均已保存。</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 处修改</translation>
    </message>
    <message>
        <source>{n} edits</source>
        <translation>{n} 处修改</translation>
    </message>
    <message>
        <source>Choose documents in the Library first.</source>
        <translation>请先在文档库中选择文档。</translation>
    </message>
    <message>
        <source>Recognising and extracting again</source>
        <translation>正在重新识别和抽取</translation>
    </message>
    <message>
        <source>Recognising and extracting the chosen documents again…</source>
        <translation>正在重新识别和抽取所选文档…</translation>
    </message>
    <message>
        <source>Applying your lexicon</source>
        <translation>正在应用词库</translation>
    </message>
    <message>
        <source>Applying your lexicon to the stored documents…</source>
        <translation>正在将词库应用到已存储的文档…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another workbench store (.sqlite3)</source>
        <translation>打开另一个工作台数据库（.sqlite3）</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Store…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a team store on a PostgreSQL server in a new window</source>
        <translation>在新窗口中打开 PostgreSQL 服务器上的团队数据库</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import corpus files into this store</source>
        <translation>将语料文件导入此数据库</translation>
    </message>
    <message>
        <source>&amp;Export Sheet…</source>
        <translation>导出数据表(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;Lexicon…</source>
        <translation>导入词库(&amp;L)…</translation>
    </message>
    <message>
        <source>Teach this store the names in a lexicon file a colleague exported</source>
        <translation>将同事导出的词库文件中的名称教给此数据库</translation>
    </message>
    <message>
        <source>Import Sheet &amp;Rows and Annotations…</source>
        <translation>导入表格行和批注(&amp;R)…</translation>
    </message>
    <message>
        <source>Bring in the sheet rows and annotations of an export from another store, a colleague&apos;s or the team store</source>
        <translation>从其他数据库（同事的或团队数据库）导出的文件中导入表格行和批注</translation>
    </message>
    <message>
        <source>Export Le&amp;xicon…</source>
        <translation>导出词库(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the names you taught to a file a colleague can import</source>
        <translation>将你教过的名称写入文件，供同事导入</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the workbench</source>
        <translation>退出工作台</translation>
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
        <source>&amp;Find in Document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find words in the document open in the Reader, in either script</source>
        <translation>在阅读器打开的文档中查找词语，简繁皆可</translation>
    </message>
    <message>
        <source>Find in &amp;All Documents…</source>
        <translation>在全部文档中查找(&amp;A)…</translation>
    </message>
    <message>
        <source>Team store {store}, as PostgreSQL role {role}</source>
        <translation>团队数据库 {store}，PostgreSQL 角色 {role}</translation>
    </message>
    <message>
        <source>{store} (Read-only)</source>
        <translation>{store}（只读）</translation>
    </message>
    <message>
        <source>Search every document in the store</source>
        <translation>搜索数据库中的所有文档</translation>
    </message>
    <message>
        <source>Export the sheet on screen (as filtered and sorted) as an Excel workbook or CSV</source>
        <translation>将屏幕上的数据表（按当前筛选和排序）导出为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>Filter &amp;Library…</source>
        <translation>筛选文档库(&amp;L)…</translation>
    </message>
    <message>
        <source>Filter the document list</source>
        <translation>筛选文档列表</translation>
    </message>
    <message>
        <source>&amp;Apply Lexicon to All Documents</source>
        <translation>将词库应用到所有文档(&amp;A)</translation>
    </message>
    <message>
        <source>Recognise again the stored documents that hold names you taught, renamed or retyped</source>
        <translation>重新识别含有你教过、重命名或改过类型的名称的已存储文档</translation>
    </message>
    <message>
        <source>Recognise and E&amp;xtract Again</source>
        <translation>重新识别并抽取(&amp;X)</translation>
    </message>
    <message>
        <source>Find the entities and fill the sheets anew for the documents chosen in the Library (or the one open in the Reader); your verdicts and edits stand</source>
        <translation>为文档库中所选的文档（或阅读器中打开的文档）重新识别实体并填写数据表；你的判定和编辑都会保留</translation>
    </message>
    <message>
        <source>Recognising again failed</source>
        <translation>重新识别失败</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back</source>
        <translation>将所有面板恢复原位</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window and its panels</source>
        <translation>窗口及各面板的全部键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
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
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Workbench stores (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>工作台数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于{app}</translation>
    </message>
    <message>
        <source>Read, search, annotate and curate Chinese-language industry news and research reports, offline, in Traditional and Simplified Chinese alike.</source>
        <translation>离线阅读、搜索、批注和整理中文产业新闻与研究报告，繁体、简体一视同仁。</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>Edits typed while another writer holds the store&apos;s lock are kept and saved, in order, as soon as it is free.</source>
        <translation>在其他程序锁定数据库期间输入的修改会被保留，待数据库空闲后按顺序保存。</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} 篇文档</translation>
    </message>
    <message>
        <source>{script} · {n} characters</source>
        <translation>{script} · {n} 字</translation>
    </message>
    <message>
        <source>{store} is read-only ({reason}): you can read, search and export; nothing can be changed</source>
        <translation>{store} 为只读（{reason}）：可以阅读、搜索和导出，但不能做任何修改</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>MentionListModel</name>
    <message>
        <source>characters {start}–{end}</source>
        <translation>第 {start}–{end} 字</translation>
    </message>
</context>
<context>
    <name>NearDuplicate</name>
    <message>
        <source>{percent}% alike</source>
        <translation>相似度 {percent}%</translation>
    </message>
    <message>
        <source>{percent}% of the shorter text is in the other</source>
        <translation>较短文本有 {percent}% 见于另一篇</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on {type} annotation</source>
        <translation>{type}批注的备注</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>edit not saved yet</source>
        <translation>修改尚未保存</translation>
    </message>
    <message>
        <source>the edit</source>
        <translation>该修改</translation>
    </message>
    <message>
        <source>{store}: the store is busy (an import or another window is writing); 1 edit is not saved yet and will be saved as soon as it is free</source>
        <translation>{store}：数据库正忙（正在导入，或另一个窗口正在写入）；1 处修改尚未保存，数据库空闲后会立即保存</translation>
    </message>
    <message>
        <source>{store}: the store is busy (an import or another window is writing); {n} edits are not saved yet and will be saved as soon as it is free</source>
        <translation>{store}：数据库正忙（正在导入，或另一个窗口正在写入）；{n} 处修改尚未保存，数据库空闲后会立即保存</translation>
    </message>
    <message>
        <source>{edit} could not be saved: {reason}</source>
        <translation>{edit}无法保存：{reason}</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cannot {what}: {error}</source>
        <translation>无法{what}：{error}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The interface language applies when the workbench starts.</source>
        <translation>界面语言在工作台启动时生效。</translation>
    </message>
    <message>
        <source>The new language applies the next time the workbench starts.</source>
        <translation>新语言将在下次启动工作台时生效。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Recognising entities in {document}</source>
        <translation>正在识别实体：{document}</translation>
    </message>
    <message>
        <source>Filling the sheets from {document}</source>
        <translation>正在填写数据表：{document}</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Indexing stored documents for near duplicates ({done} of {total})</source>
        <translation>正在为已存储文档建立近似重复索引（{done}/{total}）</translation>
    </message>
    <message>
        <source>Collecting rows</source>
        <translation>正在收集行</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>Copying the store to {backup}: {done} of {total} MB</source>
        <translation>正在将数据库复制到 {backup}:{done} / {total} MB</translation>
    </message>
    <message>
        <source>Migration {number} of {count}: {name} ({seconds} s)</source>
        <translation>迁移 {number}/{count}:{name}({seconds} 秒)</translation>
    </message>
    <message>
        <source>Saving {rows} rows…</source>
        <translation>正在保存 {rows} 行…</translation>
    </message>
    <message>
        <source>Merging the search index</source>
        <translation>正在合并搜索索引</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Select text, then </source>
        <translation>选中文本，然后按 </translation>
    </message>
    <message>
        <source>on an annotation: &lt;b&gt;N&lt;/b&gt; note, &lt;b&gt;Del&lt;/b&gt; delete, digit retypes</source>
        <translation>在批注上：&lt;b&gt;N&lt;/b&gt; 备注，&lt;b&gt;Del&lt;/b&gt; 删除，数字键改类型</translation>
    </message>
    <message>
        <source>on an entity: &lt;b&gt;A&lt;/b&gt; accept, &lt;b&gt;R&lt;/b&gt; reject</source>
        <translation>在实体上：&lt;b&gt;A&lt;/b&gt; 接受，&lt;b&gt;R&lt;/b&gt; 拒绝</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>&lt;b&gt;Ctrl+Z&lt;/b&gt; 撤销</translation>
    </message>
    <message>
        <source>This store is read-only: reading, searching and exporting work; annotating is off.</source>
        <translation>此数据库为只读：可以阅读、搜索和导出，不能批注。</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>Open a document from the Library or Search panel.</source>
        <translation>从文档库或搜索面板打开文档。</translation>
    </message>
    <message>
        <source>Raw PDF text</source>
        <translation>PDF 原始文本</translation>
    </message>
    <message>
        <source>Show the text as extracted from the PDF, before cleaning (highlights and annotation apply to the cleaned text)</source>
        <translation>显示从 PDF 提取、未经清理的文本（高亮和批注只作用于清理后的文本）</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>未打开文档。</translation>
    </message>
    <message>
        <source>Cannot open the document: {error}</source>
        <translation>无法打开文档：{error}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <source>1 reader comment</source>
        <translation>1 条读者评论</translation>
    </message>
    <message>
        <source>{n} reader comments</source>
        <translation>{n} 条读者评论</translation>
    </message>
    <message>
        <source>channel {tags}</source>
        <translation>栏目 {tags}</translation>
    </message>
    <message>
        <source>{script} script</source>
        <translation>{script}</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 字</translation>
    </message>
    <message>
        <source>Source: {files}</source>
        <translation>来源：{files}</translation>
    </message>
    <message>
        <source>Raw text as extracted from the PDF ({n} characters). Entities and annotations belong to the cleaned text: untick “Raw PDF text” to see them.</source>
        <translation>这是从 PDF 提取的原始文本（{n} 字）。实体和批注属于清理后的文本：取消勾选“PDF 原始文本”即可查看。</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <source>Select some text first, then press 1–8 to annotate it.</source>
        <translation>请先选中一段文本，再按 1–8 进行批注。</translation>
    </message>
    <message>
        <source>Cannot annotate</source>
        <translation>无法批注</translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation>无法修改批注</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
</context>
<context>
    <name>ReaderTextView</name>
    <message>
        <source>accepted by {role}</source>
        <translation>已由 {role} 接受</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>▤ backs {row} &lt;i&gt;({review})&lt;/i&gt;</source>
        <translation>▤ 支撑 {row} &lt;i&gt;（{review}）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>annotation &lt;b&gt;{type}&lt;/b&gt;</source>
        <translation>批注 &lt;b&gt;{type}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Annotate selection as</source>
        <translation>将所选内容批注为</translation>
    </message>
    <message>
        <source>Annotation {type} “{quote}”</source>
        <translation>批注 {type}“{quote}”</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Accept {type} “{text}” as annotation (A)</source>
        <translation>将{type}“{text}”接受为批注（A）</translation>
    </message>
    <message>
        <source>Reject {type} “{text}” (R)</source>
        <translation>拒绝{type}“{text}”（R）</translation>
    </message>
    <message>
        <source>“{text}” Is Never an Entity (All Documents)</source>
        <translation>“{text}”永不视为实体（所有文档）</translation>
    </message>
</context>
<context>
    <name>Reprocessor</name>
    <message>
        <source>Recognised and extracted {n} documents again: {mentions} entity mentions, {capacity} capacity rows, {clusters} cluster rows</source>
        <translation>已重新识别并抽取 {n} 篇文档：{mentions} 次实体提及、{capacity} 行产能数据、{clusters} 行产业集群数据</translation>
    </message>
    <message>
        <source>Recognised and extracted 1 document again: {mentions} entity mentions, {capacity} capacity rows, {clusters} cluster rows</source>
        <translation>已重新识别并抽取 1 篇文档：{mentions} 次实体提及、{capacity} 行产能数据、{clusters} 行产业集群数据</translation>
    </message>
    <message>
        <source> (cancelled: {n} documents keep what they had)</source>
        <translation>（已取消：{n} 篇文档保留原有结果）</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>the store could not be searched ({error})</source>
        <translation>无法搜索数据库（{error}）</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 处命中</translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation>{n} 处命中</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type a word in either script: 产能, 晶圓, fab, TSMC… A company or place also finds its other names; put a term in quotes to search it alone.</source>
        <translation>输入繁体或简体词语：产能、晶圓、fab、TSMC……搜索企业或地名时也会找到它的其他名称；给词语加上引号则只搜索该词本身。</translation>
    </message>
    <message>
        <source>Search all documents (Ctrl+Shift+F)</source>
        <translation>搜索全部文档 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>Not searched: {error}.</source>
        <translation>未搜索：{error}。</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>没有找到“{query}”的结果。</translation>
    </message>
    <message>
        <source>{n} documents match “{query}”</source>
        <translation>{n} 篇文档包含“{query}”</translation>
    </message>
    <message>
        <source>1 document matches “{query}”</source>
        <translation>1 篇文档包含“{query}”</translation>
    </message>
    <message>
        <source>, also as {names} (quote a term to search it alone)</source>
        <translation>，也搜索了 {names}（加引号可只搜索该词）</translation>
    </message>
    <message>
        <source>. Enter opens one.</source>
        <translation>。按 Enter 打开。</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>New capacity row from selection</source>
        <translation>用所选内容新建产能行</translation>
    </message>
    <message>
        <source>Select the sentence or figure the row should come from first.</source>
        <translation>请先选中这一行所依据的句子或数字。</translation>
    </message>
</context>
<context>
    <name>SheetCheck</name>
    <message>
        <source>row {row} of the {sheet} sheet no longer exists</source>
        <translation>{sheet}表的第 {row} 行已不存在</translation>
    </message>
    <message>
        <source>{column} is the row&apos;s provenance and cannot be edited</source>
        <translation>{column}是该行的出处，不能编辑</translation>
    </message>
    <message>
        <source>{column} follows from the row&apos;s other values</source>
        <translation>{column}由该行的其他值得出，不能直接编辑</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a number</source>
        <translation>{column}：{raw} 不是数字</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a finite number</source>
        <translation>{column}：{raw} 不是有限的数字</translation>
    </message>
    <message>
        <source>{column}: {raw} is negative</source>
        <translation>{column}：{raw} 是负数</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a year like 2025</source>
        <translation>{column}：{raw} 不是年份（如 2025）</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a whole number</source>
        <translation>{column}：{raw} 不是整数</translation>
    </message>
    <message>
        <source>{column}: {value} is not a year between 1900 and 2100</source>
        <translation>{column}：{value} 不是 1900 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>{column}: {value} must be 1 or more</source>
        <translation>{column}：{value} 须为 1 或以上</translation>
    </message>
    <message>
        <source>{column}: {raw} is not one of {allowed}</source>
        <translation>{column}：{raw} 不在可选值之列（{allowed}）</translation>
    </message>
    <message>
        <source>{column}: longer than {count} characters</source>
        <translation>{column}：超过 {count} 个字符</translation>
    </message>
    <message>
        <source>{high} ({high_value}) is below {low} ({low_value})</source>
        <translation>{high}为 {high_value}，低于{low} {low_value}</translation>
    </message>
    <message>
        <source>document {document} does not exist</source>
        <translation>文档 {document} 不存在</translation>
    </message>
    <message>
        <source>source span {start}–{end} is outside document {document} (length {length})</source>
        <translation>出处位置 {start}–{end} 超出文档 {document} 的范围（长度 {length}）</translation>
    </message>
</context>
<context>
    <name>SheetColumn</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Source quote</source>
        <translation>原文引文</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Site / plant</source>
        <translation>厂区 / 工厂</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Product / process</source>
        <translation>产品 / 制程</translation>
    </message>
    <message>
        <source>Value (low)</source>
        <translation>数值（下限）</translation>
    </message>
    <message>
        <source>Value (high)</source>
        <translation>数值（上限）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level / added</source>
        <translation>存量 / 新增</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Std. value (low)</source>
        <translation>标准值（下限）</translation>
    </message>
    <message>
        <source>Std. value (high)</source>
        <translation>标准值（上限）</translation>
    </message>
    <message>
        <source>Std. unit</source>
        <translation>标准单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Company as written</source>
        <translation>原文企业名</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源数</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>大洲</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Region / city</source>
        <translation>地区 / 城市</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产值</translation>
    </message>
</context>
<context>
    <name>SheetDelegate</name>
    <message>
        <source>a number, e.g. 1.5</source>
        <translation>数字，例如 1.5</translation>
    </message>
    <message>
        <source>a year, e.g. 2025</source>
        <translation>年份，例如 2025</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel and LibreOffice (*.csv)</source>
        <translation>CSV，UTF-8，适用于 Excel 和 LibreOffice (*.csv)</translation>
    </message>
    <message>
        <source>Include rejected rows</source>
        <translation>包含已拒绝的行</translation>
    </message>
    <message>
        <source>Rows marked rejected are left out of an export unless this is ticked.</source>
        <translation>除非勾选此项，标记为已拒绝的行不会导出。</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>(company not stated)</source>
        <translation>（未注明企业）</translation>
    </message>
    <message>
        <source>(total)</source>
        <translation>（合计）</translation>
    </message>
    <message>
        <source>(market)</source>
        <translation>（市场）</translation>
    </message>
    <message>
        <source>Document {id}, </source>
        <translation>文档 {id}，</translation>
    </message>
    <message>
        <source>characters {start}–{end} (double-click to open it in the Reader)</source>
        <translation>第 {start}–{end} 字（双击可在阅读器中打开）</translation>
    </message>
    <message>
        <source>Not saved yet: the store is busy (an import or another window is writing). It is saved as soon as the store is free.</source>
        <translation>尚未保存：数据库正忙（正在导入，或另一个窗口正在写入）。数据库空闲后会立即保存。</translation>
    </message>
    <message>
        <source>Last written by {role}</source>
        <translation>最后由 {role} 写入</translation>
    </message>
    <message>
        <source>{n} sources of this figure:</source>
        <translation>该数据共有 {n} 个来源：</translation>
    </message>
    <message>
        <source>1 source (no other document states this figure):</source>
        <translation>1 个来源（没有其他文档提到该数据）：</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>文档 {id}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 个</translation>
    </message>
</context>
<context>
    <name>SheetTab</name>
    <message>
        <source>Filter {sheet} rows (either script)…</source>
        <translation>筛选{sheet}数据行（繁简皆可）…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Confirm (C)</source>
        <translation>确认（C）</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>拒绝（R）</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Select the rows to duplicate first.</source>
        <translation>请先选中要复制的行。</translation>
    </message>
    <message>
        <source>Select the rows to delete first.</source>
        <translation>请先选中要删除的行。</translation>
    </message>
    <message>
        <source>Deleted {n} row(s). Undo brings them back.</source>
        <translation>已删除 {n} 行。撤销即可恢复。</translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish.</source>
        <translation>另一个导出仍在进行，请等它完成。</translation>
    </message>
    <message>
        <source>Exporting the {sheet} sheet</source>
        <translation>正在导出{sheet}表</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行至 {path}</translation>
    </message>
    <message>
        <source>Another window</source>
        <translation>另一个窗口</translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>{who} changed {column} of this row while you were editing it.

Theirs: {theirs}
Yours: {mine}</source>
        <translation>在您编辑时，{who} 修改了这一行的{column}。

对方的值：{theirs}
您的值：{mine}</translation>
    </message>
    <message>
        <source>Nothing is overwritten until you choose.</source>
        <translation>在您选择之前，不会覆盖任何内容。</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留对方的值</translation>
    </message>
    <message>
        <source>Use Mine</source>
        <translation>使用我的值</translation>
    </message>
    <message>
        <source>Your value was saved over theirs.</source>
        <translation>已用您的值覆盖对方的值。</translation>
    </message>
    <message>
        <source>Their value was kept.</source>
        <translation>已保留对方的值。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{shown} / {total} 行</translation>
    </message>
    <message>
        <source>{total} rows</source>
        <translation>{total} 行</translation>
    </message>
    <message>
        <source>Select the rows to mark {state} first.</source>
        <translation>请先选中要标记为“{state}”的行。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the rows shown as an Excel workbook or CSV</source>
        <translation>将显示的行导出为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>Export {sheet} sheet</source>
        <translation>导出{sheet}数据表</translation>
    </message>
    <message>
        <source>This row has no source in a document.</source>
        <translation>这一行没有来源文档。</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>文档 {id}</translation>
    </message>
</context>
<context>
    <name>SheetValue</name>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>level</source>
        <translation>存量</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>In the Reader: annotate the selection as %1</source>
        <translation>阅读器：将所选文字标注为%1</translation>
    </message>
    <message>
        <source>In the Reader: edit the note of the annotation at the cursor</source>
        <translation>阅读器：编辑光标处标注的备注</translation>
    </message>
    <message>
        <source>In the Reader: delete the annotation at the cursor</source>
        <translation>阅读器：删除光标处的标注</translation>
    </message>
    <message>
        <source>In the Reader: accept the entity at the cursor</source>
        <translation>阅读器：接受光标处的实体</translation>
    </message>
    <message>
        <source>In the Reader: reject the entity at the cursor</source>
        <translation>阅读器：拒绝光标处的实体</translation>
    </message>
    <message>
        <source>In the find bar: next, previous hit</source>
        <translation>查找栏：下一处、上一处</translation>
    </message>
    <message>
        <source>In the find bar: close it</source>
        <translation>查找栏：关闭</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Upgrading {name} from schema {schema}…</source>
        <translation>正在从架构 {schema} 升级 {name}…</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>正在连接 {name}…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The connection to {name} was cancelled.</source>
        <translation>已取消与 {name} 的连接。</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The store was not upgraded</source>
        <translation>数据库未升级</translation>
    </message>
    <message>
        <source>{name} is as it was (schema {schema}); this version of the workbench opens it once it is upgraded.</source>
        <translation>{name} 保持原样(架构 {schema});本版本的工作台须先升级才能打开它。</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>当前步骤完成后取消…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TypeLegend</name>
    <message>
        <source>{label} ({type}): 1 mention. Click to show or hide their highlights.</source>
        <translation>{label}（{type}）：1 次提及。单击可显示或隐藏其高亮。</translation>
    </message>
    <message>
        <source>{label} ({type}): {n} mentions. Click to show or hide their highlights.</source>
        <translation>{label}（{type}）：{n} 次提及。单击可显示或隐藏其高亮。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>status not stated</source>
        <translation>状态未注明</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>未注明周期</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>level</source>
        <translation>存量</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>News digest</source>
        <translation>新闻摘要</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>繁简混合</translation>
    </message>
    <message>
        <source>No Chinese</source>
        <translation>无中文</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Latest capacity per company</source>
        <translation>各企业最新产能</translation>
    </message>
    <message>
        <source>Capacity over time</source>
        <translation>产能历年变化</translation>
    </message>
    <message>
        <source>Clusters by country</source>
        <translation>各国产业集群</translation>
    </message>
    <message>
        <source>Clusters by domain</source>
        <translation>各领域产业集群</translation>
    </message>
    <message>
        <source>Most mentioned entities</source>
        <translation>提及最多的实体</translation>
    </message>
    <message>
        <source>Documents by publish date</source>
        <translation>按发布日期统计的文档</translation>
    </message>
</context>
<context>
    <name>WorkImport</name>
    <message>
        <source>{added} added, {updated} updated, {already} already here, {left} left out</source>
        <translation>新增 {added} 行，更新 {updated} 行，已有 {already} 行，略过 {left} 行</translation>
    </message>
    <message>
        <source>{table}, row {row}: {why}</source>
        <translation>{table}，第 {row} 行：{why}</translation>
    </message>
    <message>
        <source>and {n} more rows</source>
        <translation>另有 {n} 行</translation>
    </message>
    <message>
        <source>its document id {id} is not a whole number</source>
        <translation>其文档编号 {id} 不是整数</translation>
    </message>
    <message>
        <source>its start or end is empty</source>
        <translation>其起点或终点为空</translation>
    </message>
    <message>
        <source>its start {value} is not a whole number</source>
        <translation>其起点 {value} 不是整数</translation>
    </message>
    <message>
        <source>its end {value} is not a whole number</source>
        <translation>其终点 {value} 不是整数</translation>
    </message>
    <message>
        <source>its span {start}–{end} holds no text (the end must be after the start)</source>
        <translation>其位置 {start}–{end} 不含文字（终点须在起点之后）</translation>
    </message>
    <message>
        <source>its span {start}–{end} is not within its document ({length} characters)</source>
        <translation>其位置 {start}–{end} 不在文档范围内（文档共 {length} 字）</translation>
    </message>
    <message>
        <source>its type is empty</source>
        <translation>其类型为空</translation>
    </message>
    <message>
        <source>“{type}” is not an annotation type</source>
        <translation>“{type}”不是标注类型</translation>
    </message>
    <message>
        <source>its text {text} is not at {start}–{end} of its document, which reads {there} there</source>
        <translation>其文字 {text} 不在文档的 {start}–{end} 处，该处为 {there}</translation>
    </message>
    <message>
        <source>its document “{title}” is not in this store (import it first)</source>
        <translation>其文档“{title}”不在本库中（请先导入该文档）</translation>
    </message>
    <message>
        <source>its document is not in this store (import it first)</source>
        <translation>其文档不在本库中（请先导入该文档）</translation>
    </message>
    <message>
        <source>document {document} is not in this store</source>
        <translation>文档 {document} 不在本库中</translation>
    </message>
    <message>
        <source>document {document} here is “{here}”, not “{title}”: export the file again to carry its document key</source>
        <translation>本库的文档 {document} 是“{here}”，而非“{title}”：请重新导出该文件，以带上文档键</translation>
    </message>
    <message>
        <source>{count} documents here are titled “{title}”</source>
        <translation>本库有 {count} 篇文档题为“{title}”</translation>
    </message>
    <message>
        <source>no document here is titled “{title}”</source>
        <translation>本库没有题为“{title}”的文档</translation>
    </message>
    <message>
        <source>it names no document</source>
        <translation>未指明文档</translation>
    </message>
    <message>
        <source>it holds none of the sheet&apos;s essential values</source>
        <translation>不含该表的任何必填值</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档编号</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>end</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>its quote&apos;s place {start}–{end} is not in the document (length {length})</source>
        <translation>其引文位置 {start}–{end} 不在文档范围内（长度 {length}）</translation>
    </message>
    <message>
        <source>the document no longer reads as its quote at {start}–{end}</source>
        <translation>文档在 {start}–{end} 处已与其引文不符</translation>
    </message>
    <message>
        <source>{name} {value} is not a whole number</source>
        <translation>{name} {value} 不是整数</translation>
    </message>
    <message>
        <source>{name} {value} is not a whole number of the store&apos;s size</source>
        <translation>{name} {value} 不是本库可存的整数</translation>
    </message>
</context>
<context>
    <name>WorkImportFlow</name>
    <message>
        <source>Import Sheet Rows and Annotations</source>
        <translation>导入表格行和批注</translation>
    </message>
    <message>
        <source>Sheet or annotations export (*.xlsx *.csv);;All files (*)</source>
        <translation>表格或批注导出文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import of {file} cancelled: nothing changed</source>
        <translation>已取消导入 {file}：未做任何更改</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>已导入 {file}：{summary}</translation>
    </message>
    <message>
        <source>{file}: {summary}. These rows were left out:</source>
        <translation>{file}：{summary}。以下各行被略过：</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>An empty team store: import the team&apos;s documents with File &gt; Import</source>
        <translation>空的团队数据库：请用“文件 &gt; 导入文件”导入团队的文档</translation>
    </message>
    <message>
        <source>Ingesting the bundled corpus</source>
        <translation>正在导入内置语料</translation>
    </message>
    <message>
        <source>Recognising entities and filling the sheets</source>
        <translation>正在识别实体并填写数据表</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Ingested {n} documents from the bundled corpus</source>
        <translation>已从内置语料导入 {n} 篇文档</translation>
    </message>
    <message>
        <source>Some corpus files could not be read</source>
        <translation>部分语料文件无法读取</translation>
    </message>
    <message>
        <source>Finished {n} documents left from an earlier run</source>
        <translation>已完成上次未处理完的 {n} 篇文档</translation>
    </message>
    <message>
        <source>Ingesting failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Cancelled: the store keeps the {n} documents finished so far</source>
        <translation>已取消：数据库保留已完成的 {n} 篇文档</translation>
    </message>
    <message>
        <source>{store}: colleagues&apos; changes are not coming in ({reason}); trying again</source>
        <translation>{store}：收不到同事的修改（{reason}），正在重试</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
</TS>
