<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Made by {role}</source>
        <translation>由 {role} 建立</translation>
    </message>
    <message>
        <source>No note: press F2 to write one</source>
        <translation>沒有備註：按 F2 填寫</translation>
    </message>
    <message>
        <source>Starts on page {n} of the imported PDF</source>
        <translation>始於匯入 PDF 的第 {n} 頁</translation>
    </message>
    <message>
        <source>Cannot change the annotation: {error}</source>
        <translation>無法修改註解：{error}</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>List the annotations of every document, not only the open one</source>
        <translation>列出所有文件的註解，而不只是目前開啟的文件</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>Edit the selected annotation&apos;s note (F2)</source>
        <translation>編輯所選註解的備註（F2）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Change the selected annotations&apos; type</source>
        <translation>變更所選註解的類型</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>刪除所選註解（Del）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Save the listed annotations as CSV for Excel or LibreOffice</source>
        <translation>將列出的註解儲存為 CSV，供 Excel 或 LibreOffice 使用</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>刪除註解</translation>
    </message>
    <message>
        <source>Open a document to see its annotations</source>
        <translation>開啟文件以檢視其註解</translation>
    </message>
    <message>
        <source>{n} annotations in all documents</source>
        <translation>所有文件中共 {n} 則註解</translation>
    </message>
    <message>
        <source>1 annotation in all documents</source>
        <translation>所有文件中共 1 則註解</translation>
    </message>
    <message>
        <source>{n} annotations in this document</source>
        <translation>本文件中有 {n} 則註解</translation>
    </message>
    <message>
        <source>1 annotation in this document</source>
        <translation>本文件中有 1 則註解</translation>
    </message>
    <message>
        <source>Change annotations to {type}</source>
        <translation>將註解改為{type}</translation>
    </message>
    <message>
        <source>Delete annotations</source>
        <translation>刪除註解</translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation>無法修改註解</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>無法匯出：{error}</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>匯出註解</translation>
    </message>
    <message>
        <source>Open in reader</source>
        <translation>在閱讀器中開啟</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>編輯備註…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>變更類型</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註解</translation>
    </message>
</context>
<context>
    <name>CapacityPlot</name>
    <message>
        <source>+ {count} other companies (in the company picker)</source>
        <translation>另有 {count} 家公司（見公司選擇框）</translation>
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
        <translation>未註明企業</translation>
    </message>
    <message>
        <source>year the figure refers to</source>
        <translation>數據所屬年份</translation>
    </message>
    <message>
        <source>{company}, {year}: {value} ({status}; 1 row)</source>
        <translation>{company}，{year}：{value}（{status}；1 列）</translation>
    </message>
    <message>
        <source>{company}, {year}: {value} ({status}; {n} rows)</source>
        <translation>{company}，{year}：{value}（{status}；{n} 列）</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>(not stated)</source>
        <translation>（未註明）</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>（其他）</translation>
    </message>
    <message>
        <source>market &amp; totals</source>
        <translation>市場與合計</translation>
    </message>
    <message>
        <source>Capacity: no figures</source>
        <translation>產能：無數據</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>產能</translation>
    </message>
    <message>
        <source>Capacity added</source>
        <translation>新增產能</translation>
    </message>
    <message>
        <source>Market &amp; total capacity</source>
        <translation>市場與合計產能</translation>
    </message>
    <message>
        <source>Market &amp; total capacity added</source>
        <translation>市場與合計新增產能</translation>
    </message>
    <message>
        <source>{subject}: {product} · {unit}</source>
        <translation>{subject}：{product} · {unit}</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（無產品）</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（無單位）</translation>
    </message>
    <message>
        <source>{aggregate} and {added} charted separately</source>
        <translation>{aggregate}和{added}另行繪製</translation>
    </message>
    <message>
        <source>{aggregate} charted separately</source>
        <translation>{aggregate}另行繪製</translation>
    </message>
    <message>
        <source>{added} charted separately</source>
        <translation>{added}另行繪製</translation>
    </message>
    <message>
        <source>1 market or total figure</source>
        <translation>1 筆市場或合計數據</translation>
    </message>
    <message>
        <source>{n} market or total figures</source>
        <translation>{n} 筆市場或合計數據</translation>
    </message>
    <message>
        <source>1 capacity addition</source>
        <translation>1 筆新增產能</translation>
    </message>
    <message>
        <source>{n} capacity additions</source>
        <translation>{n} 筆新增產能</translation>
    </message>
    <message>
        <source>no capacity figures to draw</source>
        <translation>沒有可繪製的產能數據</translation>
    </message>
    <message>
        <source>1 more company not drawn</source>
        <translation>另有 1 家企業未繪製</translation>
    </message>
    <message>
        <source>{n} more companies not drawn</source>
        <translation>另有 {n} 家企業未繪製</translation>
    </message>
    <message>
        <source>1 row without a year not drawn</source>
        <translation>1 列無年份，未繪製</translation>
    </message>
    <message>
        <source>{n} rows without a year not drawn</source>
        <translation>{n} 列無年份，未繪製</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>year not stated</source>
        <translation>年份未註明</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 個來源</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>{n} 個來源</translation>
    </message>
    <message>
        <source>1 other figure</source>
        <translation>另有 1 個數據</translation>
    </message>
    <message>
        <source>{n} other figures</source>
        <translation>另有 {n} 個數據</translation>
    </message>
    <message>
        <source>{others} for {year}</source>
        <translation>{year} 年{others}</translation>
    </message>
    <message>
        <source>written {names}</source>
        <translation>原文寫作 {names}</translation>
    </message>
    <message>
        <source>{company}, {year}: {value} ({details})</source>
        <translation>{company}，{year}：{value}（{details}）</translation>
    </message>
    <message>
        <source>Latest capacity: no company figures</source>
        <translation>最新產能：無企業數據</translation>
    </message>
    <message>
        <source>Latest capacity added per company: {product} · {unit}</source>
        <translation>各企業最新新增產能：{product} · {unit}</translation>
    </message>
    <message>
        <source>Latest capacity per company: {product} · {unit}</source>
        <translation>各企業最新產能：{product} · {unit}</translation>
    </message>
    <message>
        <source>no company capacity figures to draw</source>
        <translation>沒有可繪製的企業產能數據</translation>
    </message>
    <message>
        <source>{n} more not shown</source>
        <translation>另有 {n} 家未顯示</translation>
    </message>
    <message>
        <source>1 figure without a company not shown</source>
        <translation>1 個數據未註明企業，未顯示</translation>
    </message>
    <message>
        <source>{n} figures without a company not shown</source>
        <translation>{n} 個數據未註明企業，未顯示</translation>
    </message>
    <message>
        <source>{n} without a country</source>
        <translation>{n} 個未註明國家</translation>
    </message>
    <message>
        <source>{n} without a domain</source>
        <translation>{n} 個未註明領域</translation>
    </message>
    <message>
        <source>{n} rejected not counted</source>
        <translation>{n} 個已拒絕，未計入</translation>
    </message>
    <message>
        <source>Clusters by country, stacked by domain</source>
        <translation>各國產業聚落（依領域堆疊）</translation>
    </message>
    <message>
        <source>Clusters by country</source>
        <translation>各國產業聚落</translation>
    </message>
    <message>
        <source>Clusters by domain</source>
        <translation>各領域產業聚落</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>個產業聚落</translation>
    </message>
    <message>
        <source>Most mentioned: {type}</source>
        <translation>提及最多的{type}</translation>
    </message>
    <message>
        <source>Most mentioned entities (top {n} of each type)</source>
        <translation>提及最多的實體（每類前 {n} 名）</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>次提及</translation>
    </message>
    <message>
        <source>{type}, in 1 document</source>
        <translation>{type}，見於 1 份文件</translation>
    </message>
    <message>
        <source>{type}, in {n} documents</source>
        <translation>{type}，見於 {n} 份文件</translation>
    </message>
    <message>
        <source>1 document without a publish date</source>
        <translation>1 份文件沒有發布日期</translation>
    </message>
    <message>
        <source>{n} documents without a publish date</source>
        <translation>{n} 份文件沒有發布日期</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>份文件</translation>
    </message>
    <message>
        <source>Documents by publish date</source>
        <translation>依發布日期統計的文件</translation>
    </message>
    <message>
        <source>Documents by publish date (per day)</source>
        <translation>依發布日期統計的文件（按日）</translation>
    </message>
    <message>
        <source>Documents by publish date (per month)</source>
        <translation>依發布日期統計的文件（按月）</translation>
    </message>
    <message>
        <source>Documents by publish date (per year)</source>
        <translation>依發布日期統計的文件（按年）</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>All companies</source>
        <translation>所有企業</translation>
    </message>
    <message>
        <source>Hover over a bar or point for its exact values; click it to select its rows.</source>
        <translation>將滑鼠停在長條或資料點上可檢視確切數值；按一下可選取對應的列。</translation>
    </message>
    <message>
        <source>Hover over a bar for its figure; click it to select its rows; double-click it for the company over time.</source>
        <translation>將滑鼠停在長條上可檢視數值；按一下選取對應的列；按兩下檢視該企業的歷年變化。</translation>
    </message>
    <message>
        <source>Figures of one product and unit share one axis</source>
        <translation>同一產品、同一單位的數據共用一條座標軸</translation>
    </message>
    <message>
        <source>Draw one company&apos;s capacity over time</source>
        <translation>繪製單一企業的產能變化</translation>
    </message>
    <message>
        <source>Show over time</source>
        <translation>檢視歷年變化</translation>
    </message>
    <message>
        <source>The selected company&apos;s capacity over time (or double-click its bar)</source>
        <translation>所選企業的歷年產能（也可按兩下其長條）</translation>
    </message>
    <message>
        <source>Stack by domain</source>
        <translation>依領域堆疊</translation>
    </message>
    <message>
        <source>All types (top {n} each)</source>
        <translation>所有類型（每類前 {n} 名）</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>開啟來源</translation>
    </message>
    <message>
        <source>Open the selected bar&apos;s or point&apos;s source (Ctrl+Return)</source>
        <translation>開啟所選長條或資料點的來源（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重設檢視</translation>
    </message>
    <message>
        <source>Back to the whole chart (Ctrl+0)</source>
        <translation>回到完整圖表（Ctrl+0）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>匯出為 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>匯出為 SVG…</translation>
    </message>
    <message>
        <source>Computing the chart…</source>
        <translation>正在計算圖表…</translation>
    </message>
    <message>
        <source>The chart could not be computed: {0}</source>
        <translation>無法計算圖表：{0}</translation>
    </message>
    <message>
        <source>The selected row has no source document.</source>
        <translation>所選列沒有來源文件。</translation>
    </message>
    <message>
        <source>Open source {i}/{n}</source>
        <translation>開啟來源 {i}/{n}</translation>
    </message>
    <message>
        <source>Export chart as {format}</source>
        <translation>將圖表匯出為 {format}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Chart exported to {path}</source>
        <translation>圖表已匯出至 {path}</translation>
    </message>
</context>
<context>
    <name>ColumnFilterBar</name>
    <message>
        <source>filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Show rows whose {column} matches</source>
        <translation>顯示{column}相符的列</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>連線團隊資料庫</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>localhost, a server name, or a socket folder</source>
        <translation>localhost、伺服器名稱或通訊端資料夾</translation>
    </message>
    <message>
        <source>The password comes from your ~/.pgpass file, a PostgreSQL service file or the PGPASSWORD variable; the workbench never asks for it or saves it.</source>
        <translation>密碼取自 ~/.pgpass 檔案、PostgreSQL 服務檔或 PGPASSWORD 環境變數；工作台從不詢問也不儲存密碼。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User (role):</source>
        <translation>使用者（角色）(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>EditCheck</name>
    <message>
        <source>annotation {id} no longer exists</source>
        <translation>註解 {id} 已不存在</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>canonical name</source>
        <translation>標準名稱</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>新名稱</translation>
    </message>
    <message>
        <source>The {what} is empty.</source>
        <translation>{what}為空。</translation>
    </message>
    <message>
        <source>The {what} is longer than 200 characters.</source>
        <translation>{what}超過 200 個字元。</translation>
    </message>
    <message>
        <source>The {what} holds a control character (U+{code}).</source>
        <translation>{what}含有控制字元（U+{code}）。</translation>
    </message>
    <message>
        <source>“{type}” is not a type of name; use one of {known}.</source>
        <translation>「{type}」不是名稱類型；請使用 {known} 之一。</translation>
    </message>
    <message>
        <source>{name} is the entity&apos;s own name; rename it instead.</source>
        <translation>{name} 是該實體本身的名稱；請改用重新命名。</translation>
    </message>
    <message>
        <source>a tag needs at least one character that is not a space</source>
        <translation>標籤至少要有一個非空格字元</translation>
    </message>
    <message>
        <source>the tag is {count} characters long; a tag takes at most {most}</source>
        <translation>標籤長 {count} 個字元；標籤最多 {most} 個字元</translation>
    </message>
    <message>
        <source>a tag cannot hold “{separator}” (it separates tags in lists)</source>
        <translation>標籤不能含有「{separator}」（清單中用它分隔標籤）</translation>
    </message>
    <message>
        <source>document {id} no longer exists</source>
        <translation>文件 {id} 已不存在</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>篩選實體</translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation>實體篩選</translation>
    </message>
    <message>
        <source>Entity type filter</source>
        <translation>實體類型篩選</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Select an entity to see where it is mentioned.</source>
        <translation>選擇一個實體，檢視它在哪些地方被提及。</translation>
    </message>
    <message>
        <source>Add Name…</source>
        <translation>新增名稱…</translation>
    </message>
    <message>
        <source>Teach a name the recogniser should find everywhere</source>
        <translation>教給辨識器一個名稱，讓它在所有文件中都能找到</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Give the entity another canonical name</source>
        <translation>為實體換一個標準名稱</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Make the selected entities one (the one with most mentions keeps its name)</source>
        <translation>將所選實體合併為一個（保留提及次數最多者的名稱）</translation>
    </message>
    <message>
        <source>Never an Entity</source>
        <translation>永不視為實體</translation>
    </message>
    <message>
        <source>Remove every mention of the selected names, in every document, now and later</source>
        <translation>在所有文件中刪除所選名稱的全部提及，今後也不再辨識</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>變更類型</translation>
    </message>
    <message>
        <source>Split Off</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Make one way of writing the entity an entity of its own</source>
        <translation>將實體的某種寫法拆分為獨立的實體</translation>
    </message>
    <message>
        <source>Apply to All Documents</source>
        <translation>套用到所有文件</translation>
    </message>
    <message>
        <source>Add a Name</source>
        <translation>新增名稱</translation>
    </message>
    <message>
        <source>The name is found in every document from now on. Give the entity it names to make it another name of that entity (a short form, the other script).</source>
        <translation>今後所有文件中都會辨識這個名稱。填寫它所指的實體，即可將其作為該實體的另一名稱（簡稱、另一種字體寫法）。</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>重新命名實體</translation>
    </message>
    <message>
        <source>New canonical name for “{name}”. The name of another entity of this type merges the two.</source>
        <translation>「{name}」的新標準名稱。若填寫同類型另一實體的名稱，兩者將合併。</translation>
    </message>
    <message>
        <source>Make {n} entities {type}</source>
        <translation>將 {n} 個實體改為{type}</translation>
    </message>
    <message>
        <source>Never an entity: “{name}” and {n} more</source>
        <translation>永不視為實體：「{name}」等 {n} 個</translation>
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
        <translation>，見於 1 份文件</translation>
    </message>
    <message>
        <source>in {n} documents</source>
        <translation>，見於 {n} 份文件</translation>
    </message>
    <message>
        <source>{name} ({type}): {mentions} {where}. Double-click or Enter to open one.</source>
        <translation>{name}（{type}）：{mentions}{where}。按兩下或按 Enter 開啟。</translation>
    </message>
    <message>
        <source>Never an entity: “{name}”</source>
        <translation>永不視為實體：「{name}」</translation>
    </message>
    <message>
        <source>No other names</source>
        <translation>沒有其他名稱</translation>
    </message>
    <message>
        <source>Export Lexicon</source>
        <translation>匯出詞庫</translation>
    </message>
    <message>
        <source>Workbench lexicon (*.json)</source>
        <translation>工作台詞庫 (*.json)</translation>
    </message>
    <message>
        <source>Exported {entities} entities, {names} names and {never} never-names to {file}.</source>
        <translation>已將 {entities} 個實體、{names} 個名稱和 {never} 個排除名稱匯出至 {file}。</translation>
    </message>
    <message>
        <source>Import Lexicon</source>
        <translation>匯入詞庫</translation>
    </message>
    <message>
        <source>Workbench lexicon (*.json);;All files (*)</source>
        <translation>工作台詞庫 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>匯入 {file}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>已匯入 {file}：{summary}。</translation>
    </message>
    <message>
        <source>Recognising the documents that hold the taught names…</source>
        <translation>正在重新辨識含有所教名稱的文件…</translation>
    </message>
    <message>
        <source>Your lexicon changed ({names}). Documents already stored still show the earlier recognition.</source>
        <translation>詞庫已變更（{names}）。已儲存的文件仍顯示先前的辨識結果。</translation>
    </message>
    <message>
        <source>Could not apply the lexicon: {reason}</source>
        <translation>無法套用詞庫：{reason}</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} 個實體</translation>
    </message>
    <message>
        <source>No entities match this filter.</source>
        <translation>沒有符合篩選條件的實體。</translation>
    </message>
    <message>
        <source>No entities recognised yet.</source>
        <translation>尚未辨識出任何實體。</translation>
    </message>
    <message>
        <source>{name} ({type}): no mentions in the store.</source>
        <translation>{name}（{type}）：資料庫中沒有提及。</translation>
    </message>
</context>
<context>
    <name>EntityNameDialog</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Entity it names</source>
        <translation>所指實體</translation>
    </message>
    <message>
        <source>optional: an entity it is another name of</source>
        <translation>選填：它作為別名所屬的實體</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Same as:</source>
        <translation>等同於(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <source>Source: {source}</source>
        <translation>來源：{source}</translation>
    </message>
    <message>
        <source>Written as: {forms}</source>
        <translation>原文寫法：{forms}</translation>
    </message>
    <message>
        <source>Taught names: {names}</source>
        <translation>所教名稱：{names}</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Entity</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文件數</translation>
    </message>
    <message>
        <source>Documents that mention the entity</source>
        <translation>提及該實體的文件數</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Publisher</source>
        <translation>發布機構</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Last written by</source>
        <translation>最後寫入者</translation>
    </message>
    <message>
        <source>Document key</source>
        <translation>文件識別碼</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註解</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>文件編號</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件數</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document (either script)</source>
        <translation>在本文件中尋找（簡繁皆可）</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文件中尋找</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一處 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一處 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>無相符</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 處相符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 處，共 %2 處</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>另含 %1</translation>
    </message>
    <message>
        <source>Also finds the other names of what you typed: %1. Quote the query to find only the text as typed.</source>
        <translation>同時尋找所輸入名稱的其他寫法：%1。為查詢加上引號則只尋找原樣輸入的文字。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing documents</source>
        <translation>正在匯入文件</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
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
        <translation>1 個實體</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} 個實體</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 個名稱</translation>
    </message>
    <message>
        <source>{n} names</source>
        <translation>{n} 個名稱</translation>
    </message>
    <message>
        <source>1 never-name</source>
        <translation>1 個排除名稱</translation>
    </message>
    <message>
        <source>{n} never-names</source>
        <translation>{n} 個排除名稱</translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <source>Importable documents ({patterns})</source>
        <translation>可匯入的文件 ({patterns})</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>網頁 (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.text *.md *.markdown)</source>
        <translation>純文字和 Markdown (*.txt *.text *.md *.markdown)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>匯入文件</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{file} looks like the same article as document {id} «{title}» ({how}): its capacity rows are merged with that document&apos;s</source>
        <translation>{file} 似乎與文件 {id}《{title}》是同一篇文章（{how}）：其產能行已併入該文件</translation>
    </message>
    <message>
        <source>{n} imported ({alike} of them the same article as a stored document)</source>
        <translation>已匯入 {n} 個（其中 {alike} 個與已存文件為同一篇文章）</translation>
    </message>
    <message>
        <source>{n} imported</source>
        <translation>已匯入 {n} 個</translation>
    </message>
    <message>
        <source>{n} skipped as duplicates</source>
        <translation>略過 {n} 個重複</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} 個失敗</translation>
    </message>
    <message>
        <source>{n} other files ignored</source>
        <translation>{n} 個其他檔案已忽略</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source> (cancelled: the remaining files were not imported)</source>
        <translation>（已取消：其餘檔案未匯入）</translation>
    </message>
    <message>
        <source> (cancelled: entities and sheets of {n} of them are left for later)</source>
        <translation>（已取消：其中 {n} 個的實體和表格留待以後處理）</translation>
    </message>
    <message>
        <source>the same content is already stored as document {id} imported from {file}</source>
        <translation>相同內容已存為文件 {id}（匯入自 {file}）</translation>
    </message>
    <message>
        <source>the same content is already stored as document {id}</source>
        <translation>相同內容已存為文件 {id}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Skipped: duplicate</source>
        <translation>已略過：重複</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Imported (near duplicate)</source>
        <translation>已匯入（近似重複）</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>匯入已取消</translation>
    </message>
    <message>
        <source>… and {n} more near duplicates (see Details)</source>
        <translation>……另有 {n} 個近似重複項（見「詳細資料」）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>document {id}: {n} characters</source>
        <translation>文件 {id}：{n} 字</translation>
    </message>
    <message>
        <source>, {n} pages</source>
        <translation>，{n} 頁</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>; the same article as document {id} «{title}» ({how})</source>
        <translation>；與文件 {id}《{title}》為同一篇文章（{how}）</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>unrecognised layout: expected an article digest (#tag, then title/body lines), a news digest (paragraphs of Chinese text) or a report listing (• …(NN页).pdf)</source>
        <translation>無法識別的版式：應為文章彙編（#標籤，然後是標題行和正文行）、新聞彙編（中文段落）或報告列表（• …(NN頁).pdf）</translation>
    </message>
    <message>
        <source>no documents found in the file</source>
        <translation>檔案中沒有找到文件</translation>
    </message>
    <message>
        <source>line {line}: an article body without a title line</source>
        <translation>第 {line} 行：文章正文前沒有標題行</translation>
    </message>
    <message>
        <source>line {line}: text before the first article: {text}</source>
        <translation>第 {line} 行：第一篇文章之前有文字：{text}</translation>
    </message>
    <message>
        <source>the file has a #tag line but no article body</source>
        <translation>檔案有 #標籤 行，但沒有文章正文</translation>
    </message>
    <message>
        <source>the file is truncated: the article titled “{title}” (line {line}) has no body</source>
        <translation>檔案不完整：標題為「{title}」的文章（第 {line} 行）沒有正文</translation>
    </message>
    <message>
        <source>the file is truncated: report entry “{name}” (line {line}) has no 发布时间 line</source>
        <translation>檔案不完整：報告條目「{name}」（第 {line} 行）沒有「发布时间」行</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>這是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>檔案只有空白字元</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>import limit</source>
        <translation>匯入上限</translation>
    </message>
    <message>
        <source>decoded as {encoding}; the evidence was thin</source>
        <translation>已按 {encoding} 解碼；依據不足</translation>
    </message>
    <message>
        <source>the {name} text is damaged (byte {byte})</source>
        <translation>{name} 文字已損壞（第 {byte} 位元組）</translation>
    </message>
    <message>
        <source>this is a binary file, not {name} text (it holds NUL characters)</source>
        <translation>這是二進位檔案，不是 {name} 文字（含有 NUL 字元）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>this is a binary file, not text (it contains NUL bytes)</source>
        <translation>這是二進位檔案，不是文字（含有 NUL 位元組）</translation>
    </message>
    <message>
        <source>the file is truncated: it ends inside a UTF-8 character (byte {byte})</source>
        <translation>檔案不完整：結尾斷在一個 UTF-8 字元中間（第 {byte} 位元組）</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, GB18030/GBK or Big5 (first bad byte at offset {byte})</source>
        <translation>文字不是有效的 UTF-8、GB18030/GBK 或 Big5（第一個錯誤位元組位於偏移 {byte}）</translation>
    </message>
    <message>
        <source>this does not look like Chinese text in any known encoding</source>
        <translation>按任何已知編碼讀取都不像中文文字</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file: only regular files are read</source>
        <translation>這是命名管道（FIFO），不是檔案：只讀取普通檔案</translation>
    </message>
    <message>
        <source>this is a character device, not a file: only regular files are read</source>
        <translation>這是字元裝置，不是檔案：只讀取普通檔案</translation>
    </message>
    <message>
        <source>this is a block device, not a file: only regular files are read</source>
        <translation>這是區塊裝置，不是檔案：只讀取普通檔案</translation>
    </message>
    <message>
        <source>this is a socket, not a file: only regular files are read</source>
        <translation>這是通訊端，不是檔案：只讀取普通檔案</translation>
    </message>
    <message>
        <source>this is not a regular file: only regular files are read</source>
        <translation>這不是普通檔案：只讀取普通檔案</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>權限不足：無法讀取檔案</translation>
    </message>
    <message>
        <source>the file is over {size}, over the {limit} of {most}</source>
        <translation>檔案超過 {size}，超出{limit} {most}</translation>
    </message>
    <message>
        <source>the file is {size}, over the {limit} of {most}</source>
        <translation>檔案大小為 {size}，超出{limit} {most}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>the Word file&apos;s {part} unpacks to {size}, over the limit of {most}</source>
        <translation>Word 檔案的 {part} 解壓後為 {size}，超出上限 {most}</translation>
    </message>
    <message>
        <source>the Word file&apos;s {part} unpacks {ratio} times over ({packed} to {size}), more than the {most} of any real document: it looks like a zip bomb</source>
        <translation>Word 檔案的 {part} 解壓後膨脹 {ratio} 倍（{packed} 變為 {size}），超過任何真實文件的 {most} 倍：看起來是ZIP 炸彈</translation>
    </message>
    <message>
        <source>this is an old-format Word file (.doc) or a password-protected .docx: open it in Word or LibreOffice, save it as .docx without a password, and import that</source>
        <translation>這是舊格式 Word 檔案（.doc）或有密碼保護的 .docx：請在 Word 或 LibreOffice 中開啟，另存為不帶密碼的 .docx，再匯入</translation>
    </message>
    <message>
        <source>not a Word .docx file (it is not a zip archive)</source>
        <translation>不是 Word .docx 檔案（不是 zip 壓縮檔）</translation>
    </message>
    <message>
        <source>not a Word .docx file (it has no word/document.xml)</source>
        <translation>不是 Word .docx 檔案（沒有 word/document.xml）</translation>
    </message>
    <message>
        <source>the Word file is damaged (its zip data is corrupt)</source>
        <translation>Word 檔案已損壞（zip 資料有誤）</translation>
    </message>
    <message>
        <source>the Word file is packed with a compression method Word never uses (it was zipped again by another tool): open and save it in Word or LibreOffice, and import that</source>
        <translation>Word 檔案使用了 Word 從不使用的壓縮方式（被其他工具重新壓縮過）：請在 Word 或 LibreOffice 中開啟並儲存，再匯入</translation>
    </message>
    <message>
        <source>the Word file&apos;s parts are encrypted with a zip password: save it in Word or LibreOffice without a password and import that</source>
        <translation>Word 檔案的內容用 zip 密碼加密：請在 Word 或 LibreOffice 中另存為不帶密碼的檔案，再匯入</translation>
    </message>
    <message>
        <source>the Word file is damaged (bad XML: {reason})</source>
        <translation>Word 檔案已損壞（XML 有誤：{reason}）</translation>
    </message>
    <message>
        <source>the Word file holds no text</source>
        <translation>Word 檔案中沒有文字</translation>
    </message>
    <message>
        <source>old-format Word files (.doc) cannot be read: save it as .docx in Word or LibreOffice</source>
        <translation>無法讀取舊格式 Word 檔案（.doc）：請在 Word 或 LibreOffice 中另存為 .docx</translation>
    </message>
    <message>
        <source>WPS files cannot be read: save it as .docx</source>
        <translation>無法讀取 WPS 檔案：請另存為 .docx</translation>
    </message>
    <message>
        <source>web archives (.mht) cannot be read: save the page as “Web page, HTML only”</source>
        <translation>無法讀取網頁歸檔（.mht）：請將網頁另存為「網頁，僅 HTML」</translation>
    </message>
    <message>
        <source>web archives (.mhtml) cannot be read: save the page as “Web page, HTML only”</source>
        <translation>無法讀取網頁歸檔（.mhtml）：請將網頁另存為「網頁，僅 HTML」</translation>
    </message>
    <message>
        <source>not an importable format (no extension); importable are {kinds}</source>
        <translation>不是可匯入的格式（沒有副檔名）；可匯入的有 {kinds}</translation>
    </message>
    <message>
        <source>not an importable format ({suffix}); importable are {kinds}</source>
        <translation>不是可匯入的格式（{suffix}）；可匯入的有 {kinds}</translation>
    </message>
    <message>
        <source>limit for a text file ({most} characters at up to 4 bytes each)</source>
        <translation>文字檔上限（{most} 字，每字至多 4 位元組）</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>檔案是空的（0 位元組）</translation>
    </message>
    <message>
        <source>the file holds no real text, only numbers, punctuation or white space</source>
        <translation>檔案中沒有真正的文字，只有數字、標點或空白</translation>
    </message>
    <message>
        <source>the page says it is UTF-7 but is not (bad byte at offset {byte})</source>
        <translation>網頁宣告為 UTF-7，實際不是（錯誤位元組位於偏移 {byte}）</translation>
    </message>
    <message>
        <source>the web page has more than {most} elements, beyond what a saved page holds</source>
        <translation>網頁的元素超過 {most} 個，遠超儲存的網頁應有的數量</translation>
    </message>
    <message>
        <source>the web page holds no readable text</source>
        <translation>網頁中沒有可讀的文字</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>the Word file</source>
        <translation>Word 檔案</translation>
    </message>
    <message>
        <source>the web page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>{what} holds more than {most} characters of text, the limit for one document: split it into smaller files</source>
        <translation>{what}的文字超過 {most} 字，即單個文件的上限：請拆分為較小的檔案</translation>
    </message>
    <message>
        <source>a stream in the PDF inflates to over {most}, the limit for one stream: it is damaged or built to exhaust memory</source>
        <translation>PDF 中有一個資料流解壓後超過 {most}，即單個資料流的上限：檔案已損壞，或是為耗盡記憶體而構造</translation>
    </message>
    <message>
        <source>the PDF&apos;s streams inflate to over {most} together (images aside), the limit for one file</source>
        <translation>PDF 的資料流解壓後合計超過 {most}（不計圖片），即單個檔案的上限</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>不是 PDF 檔案（開頭不是 %PDF-）</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password: remove the password and import again</source>
        <translation>PDF 有密碼加密：請去除密碼後重新匯入</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported encryption scheme</source>
        <translation>PDF 使用了不支援的加密方式</translation>
    </message>
    <message>
        <source>the PDF has no pages: there is nothing to import</source>
        <translation>PDF 沒有頁面：沒有可匯入的內容</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF 已損壞，無法讀取</translation>
    </message>
    <message>
        <source>page {page} of the PDF is damaged</source>
        <translation>PDF 第 {page} 頁已損壞</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF 沒有頁面</translation>
    </message>
    <message>
        <source>no text layer: {scanned} of {pages} pages are images, as in a scanned document; run OCR on it (for example with OCRmyPDF) and import the result</source>
        <translation>沒有文字層：{pages} 頁中有 {scanned} 頁是圖片，如同掃描檔；請先做文字識別（例如用 OCRmyPDF），再匯入結果</translation>
    </message>
    <message>
        <source>the PDF has no text on its {pages} pages besides running headers, page numbers and punctuation</source>
        <translation>PDF 的 {pages} 頁中除頁首、頁碼和標點外沒有文字</translation>
    </message>
    <message>
        <source>the PDF has no text on any of its {pages} pages</source>
        <translation>PDF 的 {pages} 頁上都沒有文字</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>檔案中沒有文字</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是檔案</translation>
    </message>
    <message>
        <source>the file is larger than {most} MB</source>
        <translation>檔案大於 {most} MB</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>不是 UTF-8 文字（第 {byte} 位元組）</translation>
    </message>
    <message>
        <source>not JSON (line {line}, column {column}: {reason})</source>
        <translation>不是 JSON（第 {line} 行第 {column} 欄：{reason}）</translation>
    </message>
    <message>
        <source>not a lexicon: its JSON is nested too deeply</source>
        <translation>不是詞庫：其 JSON 巢狀過深</translation>
    </message>
    <message>
        <source>not a lexicon: it holds a number too long to read</source>
        <translation>不是詞庫：其中的數字過長，無法讀取</translation>
    </message>
    <message>
        <source>not a workbench lexicon (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是工作台詞庫（沒有 "format": "{format}"）</translation>
    </message>
    <message>
        <source>the &quot;version&quot; is missing or not a whole number</source>
        <translation>缺少 "version"，或它不是整數</translation>
    </message>
    <message>
        <source>written by a newer workbench (lexicon version {version}; this one reads version {readable})</source>
        <translation>由較新版本的工作台寫入（詞庫版本 {version}；本版本只能讀取版本 {readable}）</translation>
    </message>
    <message>
        <source>the lexicon</source>
        <translation>詞庫</translation>
    </message>
    <message>
        <source>never-name {n}</source>
        <translation>排除名稱 {n}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in {where} is not a list</source>
        <translation>{where}中的 "{key}" 不是清單</translation>
    </message>
    <message>
        <source>{where}: the name is missing or not text</source>
        <translation>{where}：缺少名稱，或名稱不是文字</translation>
    </message>
    <message>
        <source>{where}: the name is empty</source>
        <translation>{where}：名稱為空</translation>
    </message>
    <message>
        <source>{where}: the name is longer than {most} characters</source>
        <translation>{where}：名稱超過 {most} 個字元</translation>
    </message>
    <message>
        <source>{where}: the name holds a control character (U+{code})</source>
        <translation>{where}：名稱含有控制字元（U+{code}）</translation>
    </message>
    <message>
        <source>{where}: the &quot;type&quot; is missing</source>
        <translation>{where}：缺少 "type"</translation>
    </message>
    <message>
        <source>{where}: unknown type “{type}” (use one of {known})</source>
        <translation>{where}：未知類型「{type}」（請使用 {known} 之一）</translation>
    </message>
    <message>
        <source>entity {n}</source>
        <translation>實體 {n}</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where}不是物件</translation>
    </message>
    <message>
        <source>{where}: the &quot;canonical&quot; name is missing</source>
        <translation>{where}：缺少 "canonical" 名稱</translation>
    </message>
    <message>
        <source>entity {n} ({name})</source>
        <translation>實體 {n}（{name}）</translation>
    </message>
    <message>
        <source>{where}, alias {n}</source>
        <translation>{where}的別名 {n}</translation>
    </message>
    <message>
        <source>{where} has no &quot;name&quot;</source>
        <translation>{where}沒有 "name"</translation>
    </message>
    <message>
        <source>no table in the file: its first row holds no headers</source>
        <translation>檔案中沒有表格：首列沒有欄名</translation>
    </message>
    <message>
        <source>not a CSV table ({reason})</source>
        <translation>不是 CSV 表格（{reason}）</translation>
    </message>
    <message>
        <source>workbooks cannot be read here: openpyxl is missing</source>
        <translation>此處無法讀取工作簿：缺少 openpyxl</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({reason})</source>
        <translation>不是可讀取的 .xlsx 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>the worksheet “{sheet}” cannot be read ({reason})</source>
        <translation>無法讀取工作表「{sheet}」（{reason}）</translation>
    </message>
    <message>
        <source>{table}: more than {most} rows</source>
        <translation>{table}：超過 {most} 列</translation>
    </message>
    <message>
        <source>{table}: {count} columns, more than {most}</source>
        <translation>{table}：{count} 欄，超過 {most} 欄</translation>
    </message>
    <message>
        <source>no sheet or annotations export in it ({tables}: their headers are not an export&apos;s)</source>
        <translation>其中沒有匯出的表格或註解（{tables}：欄名不是匯出檔案的欄名）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
</context>
<context>
    <name>LexiconApplier</name>
    <message>
        <source>Applied your lexicon: {n} documents recognised again</source>
        <translation>已套用詞庫：重新辨識了 {n} 份文件</translation>
    </message>
    <message>
        <source>Applied your lexicon: 1 document recognised again</source>
        <translation>已套用詞庫：重新辨識了 1 份文件</translation>
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
        <translation>標題</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>發布機構</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>繁簡</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>字數</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註解</translation>
    </message>
    <message>
        <source>My Tags</source>
        <translation>我的標籤</translation>
    </message>
    <message>
        <source>Source: {files}</source>
        <translation>來源：{files}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter by title, publisher or tag (either script)</source>
        <translation>依標題、發布機構或標籤篩選（繁簡皆可）</translation>
    </message>
    <message>
        <source>Library filter</source>
        <translation>文件庫篩選</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>類別篩選</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>標籤篩選</translation>
    </message>
    <message>
        <source>Script filter</source>
        <translation>繁簡篩選</translation>
    </message>
    <message>
        <source>Source file filter</source>
        <translation>來源檔案篩選</translation>
    </message>
    <message>
        <source>My tag filter</source>
        <translation>我的標籤篩選</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>All scripts</source>
        <translation>繁簡不限</translation>
    </message>
    <message>
        <source>All source files</source>
        <translation>所有來源檔案</translation>
    </message>
    <message>
        <source>All my tags</source>
        <translation>全部我的標籤</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>還沒有文件</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} 份文件</translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation>{shown} / {total} 份文件</translation>
    </message>
    <message>
        <source>The store holds no documents yet.</source>
        <translation>資料庫中還沒有文件。</translation>
    </message>
    <message>
        <source>No documents match these filters.</source>
        <translation>沒有符合這些篩選條件的文件。</translation>
    </message>
    <message>
        <source>&amp;Open in the Reader</source>
        <translation>在閱讀器中開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Remove &amp;Tag</source>
        <translation>移除標籤(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>新增標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export Document List…</source>
        <translation>匯出文件清單(&amp;E)…</translation>
    </message>
    <message>
        <source>The documents shown (as filtered and sorted), with their tags, as CSV</source>
        <translation>將所顯示的文件（依目前篩選與排序）連同標籤匯出為 CSV</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>新增標籤</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n document(s):</source>
        <translation>
            <numerusform>為 %n 份文件新增的標籤：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the tags: %1</source>
        <translation>無法變更標籤：%1</translation>
    </message>
    <message>
        <source>Export Document List</source>
        <translation>匯出文件清單</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Recognise and Extract Again (1 Document)</source>
        <translation>重新辨識並擷取(&amp;R)（1 份文件）</translation>
    </message>
    <message>
        <source>&amp;Recognise and Extract Again ({n} Documents)</source>
        <translation>重新辨識並擷取(&amp;R)（{n} 份文件）</translation>
    </message>
    <message>
        <source>Find the entities and fill the sheets anew for the chosen documents; your verdicts, edits and reviews stand</source>
        <translation>為所選文件重新辨識實體並填寫資料表；你的判定、編輯和審核都會保留</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Industry Intelligence Workbench</source>
        <translation>產業情報工作台</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文件庫(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>實體(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>註解(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;heets</source>
        <translation>資料表(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>圖表(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>顯示或隱藏「{panel}」面板</translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation>修改尚未儲存</translation>
    </message>
    <message>
        <source>{edits} could not be saved yet: {store} is busy (an import or another window is writing).

Wait and try again, or close and lose them?</source>
        <translation>{edits}尚未儲存：{store} 正忙（正在匯入，或另一個視窗正在寫入）。

要等待後重試，還是關閉並放棄這些修改？</translation>
    </message>
    <message>
        <source>{edits} not saved yet: the store is busy</source>
        <translation>{edits}尚未儲存：資料庫正忙</translation>
    </message>
    <message>
        <source>Every edit is saved.</source>
        <translation>所有修改均已儲存。</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 處修改</translation>
    </message>
    <message>
        <source>{n} edits</source>
        <translation>{n} 處修改</translation>
    </message>
    <message>
        <source>Choose documents in the Library first.</source>
        <translation>請先在文件庫中選擇文件。</translation>
    </message>
    <message>
        <source>Recognising and extracting again</source>
        <translation>正在重新辨識和擷取</translation>
    </message>
    <message>
        <source>Recognising and extracting the chosen documents again…</source>
        <translation>正在重新辨識和擷取所選文件…</translation>
    </message>
    <message>
        <source>Applying your lexicon</source>
        <translation>正在套用詞庫</translation>
    </message>
    <message>
        <source>Applying your lexicon to the stored documents…</source>
        <translation>正在將詞庫套用到已儲存的文件…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another workbench store (.sqlite3)</source>
        <translation>開啟另一個工作台資料庫（.sqlite3）</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Store…</source>
        <translation>連線團隊資料庫(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a team store on a PostgreSQL server in a new window</source>
        <translation>在新視窗中開啟 PostgreSQL 伺服器上的團隊資料庫</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Import corpus files into this store</source>
        <translation>將語料檔案匯入此資料庫</translation>
    </message>
    <message>
        <source>&amp;Export Sheet…</source>
        <translation>匯出資料表(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;Lexicon…</source>
        <translation>匯入詞庫(&amp;L)…</translation>
    </message>
    <message>
        <source>Teach this store the names in a lexicon file a colleague exported</source>
        <translation>將同事匯出的詞庫檔案中的名稱教給此資料庫</translation>
    </message>
    <message>
        <source>Import Sheet &amp;Rows and Annotations…</source>
        <translation>匯入表格列與註解(&amp;R)…</translation>
    </message>
    <message>
        <source>Bring in the sheet rows and annotations of an export from another store, a colleague&apos;s or the team store</source>
        <translation>從其他資料庫（同事的或團隊資料庫）匯出的檔案中匯入表格列與註解</translation>
    </message>
    <message>
        <source>Export Le&amp;xicon…</source>
        <translation>匯出詞庫(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the names you taught to a file a colleague can import</source>
        <translation>將你教過的名稱寫入檔案，供同事匯入</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the workbench</source>
        <translation>結束工作台</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>在文件中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find words in the document open in the Reader, in either script</source>
        <translation>在閱讀器開啟的文件中尋找詞語，簡繁皆可</translation>
    </message>
    <message>
        <source>Find in &amp;All Documents…</source>
        <translation>在全部文件中尋找(&amp;A)…</translation>
    </message>
    <message>
        <source>Team store {store}, as PostgreSQL role {role}</source>
        <translation>團隊資料庫 {store}，PostgreSQL 角色 {role}</translation>
    </message>
    <message>
        <source>{store} (Read-only)</source>
        <translation>{store}（唯讀）</translation>
    </message>
    <message>
        <source>Search every document in the store</source>
        <translation>搜尋資料庫中的所有文件</translation>
    </message>
    <message>
        <source>Export the sheet on screen (as filtered and sorted) as an Excel workbook or CSV</source>
        <translation>將畫面上的資料表（依目前篩選與排序）匯出為 Excel 活頁簿或 CSV</translation>
    </message>
    <message>
        <source>Filter &amp;Library…</source>
        <translation>篩選文件庫(&amp;L)…</translation>
    </message>
    <message>
        <source>Filter the document list</source>
        <translation>篩選文件清單</translation>
    </message>
    <message>
        <source>&amp;Apply Lexicon to All Documents</source>
        <translation>將詞庫套用到所有文件(&amp;A)</translation>
    </message>
    <message>
        <source>Recognise again the stored documents that hold names you taught, renamed or retyped</source>
        <translation>重新辨識含有你教過、重新命名或改過類型的名稱的已儲存文件</translation>
    </message>
    <message>
        <source>Recognise and E&amp;xtract Again</source>
        <translation>重新辨識並擷取(&amp;X)</translation>
    </message>
    <message>
        <source>Find the entities and fill the sheets anew for the documents chosen in the Library (or the one open in the Reader); your verdicts and edits stand</source>
        <translation>為文件庫中所選的文件（或閱讀器中開啟的文件）重新辨識實體並填寫資料表；你的判定和編輯都會保留</translation>
    </message>
    <message>
        <source>Recognising again failed</source>
        <translation>重新辨識失敗</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重設版面配置(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back</source>
        <translation>將所有面板恢復原位</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window and its panels</source>
        <translation>視窗及各面板的全部鍵盤快速鍵</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Workbench stores (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>工作台資料庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>關於{app}</translation>
    </message>
    <message>
        <source>Read, search, annotate and curate Chinese-language industry news and research reports, offline, in Traditional and Simplified Chinese alike.</source>
        <translation>離線閱讀、搜尋、註解和整理中文產業新聞與研究報告，繁體、簡體一視同仁。</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>資料庫：{path}</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未開啟文件</translation>
    </message>
    <message>
        <source>Edits typed while another writer holds the store&apos;s lock are kept and saved, in order, as soon as it is free.</source>
        <translation>在其他程式鎖定資料庫期間輸入的修改會被保留，待資料庫空閒後依序儲存。</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} 份文件</translation>
    </message>
    <message>
        <source>{script} · {n} characters</source>
        <translation>{script} · {n} 字</translation>
    </message>
    <message>
        <source>{store} is read-only ({reason}): you can read, search and export; nothing can be changed</source>
        <translation>{store} 為唯讀（{reason}）：可以閱讀、搜尋和匯出，但不能做任何修改</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
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
        <translation>較短文本有 {percent}% 見於另一篇</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on {type} annotation</source>
        <translation>{type}註解的備註</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>edit not saved yet</source>
        <translation>修改尚未儲存</translation>
    </message>
    <message>
        <source>the edit</source>
        <translation>該修改</translation>
    </message>
    <message>
        <source>{store}: the store is busy (an import or another window is writing); 1 edit is not saved yet and will be saved as soon as it is free</source>
        <translation>{store}：資料庫正忙（正在匯入，或另一個視窗正在寫入）；1 處修改尚未儲存，資料庫空閒後會立即儲存</translation>
    </message>
    <message>
        <source>{store}: the store is busy (an import or another window is writing); {n} edits are not saved yet and will be saved as soon as it is free</source>
        <translation>{store}：資料庫正忙（正在匯入，或另一個視窗正在寫入）；{n} 處修改尚未儲存，資料庫空閒後會立即儲存</translation>
    </message>
    <message>
        <source>{edit} could not be saved: {reason}</source>
        <translation>{edit}無法儲存：{reason}</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cannot {what}: {error}</source>
        <translation>無法{what}：{error}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <source>The interface language applies when the workbench starts.</source>
        <translation>介面語言在工作台啟動時生效。</translation>
    </message>
    <message>
        <source>The new language applies the next time the workbench starts.</source>
        <translation>新語言將在下次啟動工作台時生效。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Recognising entities in {document}</source>
        <translation>正在辨識實體：{document}</translation>
    </message>
    <message>
        <source>Filling the sheets from {document}</source>
        <translation>正在填寫資料表：{document}</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>讀取</translation>
    </message>
    <message>
        <source>Indexing stored documents for near duplicates ({done} of {total})</source>
        <translation>正在為已儲存文件建立近似重複索引（{done}/{total}）</translation>
    </message>
    <message>
        <source>Collecting rows</source>
        <translation>正在收集列</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在寫入</translation>
    </message>
    <message>
        <source>Copying the store to {backup}: {done} of {total} MB</source>
        <translation>正在將資料庫複製到 {backup}:{done} / {total} MB</translation>
    </message>
    <message>
        <source>Migration {number} of {count}: {name} ({seconds} s)</source>
        <translation>遷移 {number}/{count}:{name}({seconds} 秒)</translation>
    </message>
    <message>
        <source>Saving {rows} rows…</source>
        <translation>正在儲存 {rows} 列…</translation>
    </message>
    <message>
        <source>Merging the search index</source>
        <translation>正在合併搜尋索引</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Select text, then </source>
        <translation>選取文字，然後按 </translation>
    </message>
    <message>
        <source>on an annotation: &lt;b&gt;N&lt;/b&gt; note, &lt;b&gt;Del&lt;/b&gt; delete, digit retypes</source>
        <translation>在註解上：&lt;b&gt;N&lt;/b&gt; 備註，&lt;b&gt;Del&lt;/b&gt; 刪除，數字鍵改類型</translation>
    </message>
    <message>
        <source>on an entity: &lt;b&gt;A&lt;/b&gt; accept, &lt;b&gt;R&lt;/b&gt; reject</source>
        <translation>在實體上：&lt;b&gt;A&lt;/b&gt; 接受，&lt;b&gt;R&lt;/b&gt; 拒絕</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>&lt;b&gt;Ctrl+Z&lt;/b&gt; 復原</translation>
    </message>
    <message>
        <source>This store is read-only: reading, searching and exporting work; annotating is off.</source>
        <translation>此資料庫為唯讀：可以閱讀、搜尋和匯出，不能註解。</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未開啟文件</translation>
    </message>
    <message>
        <source>Open a document from the Library or Search panel.</source>
        <translation>從文件庫或搜尋面板開啟文件。</translation>
    </message>
    <message>
        <source>Raw PDF text</source>
        <translation>PDF 原始文字</translation>
    </message>
    <message>
        <source>Show the text as extracted from the PDF, before cleaning (highlights and annotation apply to the cleaned text)</source>
        <translation>顯示從 PDF 擷取、未經清理的文字（醒目標示和註解只作用於清理後的文字）</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>未開啟文件。</translation>
    </message>
    <message>
        <source>Cannot open the document: {error}</source>
        <translation>無法開啟文件：{error}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 頁</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} 頁</translation>
    </message>
    <message>
        <source>1 reader comment</source>
        <translation>1 則讀者留言</translation>
    </message>
    <message>
        <source>{n} reader comments</source>
        <translation>{n} 則讀者留言</translation>
    </message>
    <message>
        <source>channel {tags}</source>
        <translation>欄目 {tags}</translation>
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
        <translation>來源：{files}</translation>
    </message>
    <message>
        <source>Raw text as extracted from the PDF ({n} characters). Entities and annotations belong to the cleaned text: untick “Raw PDF text” to see them.</source>
        <translation>這是從 PDF 擷取的原始文字（{n} 字）。實體和註解屬於清理後的文字：取消勾選「PDF 原始文字」即可檢視。</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一處(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>尋找上一處(&amp;P)</translation>
    </message>
    <message>
        <source>Select some text first, then press 1–8 to annotate it.</source>
        <translation>請先選取一段文字，再按 1–8 加上註解。</translation>
    </message>
    <message>
        <source>Cannot annotate</source>
        <translation>無法註解</translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation>無法修改註解</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>閱讀器</translation>
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
        <translation>▤ 支撐 {row} &lt;i&gt;（{review}）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>annotation &lt;b&gt;{type}&lt;/b&gt;</source>
        <translation>註解 &lt;b&gt;{type}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Annotate selection as</source>
        <translation>將所選內容註解為</translation>
    </message>
    <message>
        <source>Annotation {type} “{quote}”</source>
        <translation>註解 {type}「{quote}」</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>編輯備註…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>變更類型</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Accept {type} “{text}” as annotation (A)</source>
        <translation>將{type}「{text}」接受為註解（A）</translation>
    </message>
    <message>
        <source>Reject {type} “{text}” (R)</source>
        <translation>拒絕{type}「{text}」（R）</translation>
    </message>
    <message>
        <source>“{text}” Is Never an Entity (All Documents)</source>
        <translation>「{text}」永不視為實體（所有文件）</translation>
    </message>
</context>
<context>
    <name>Reprocessor</name>
    <message>
        <source>Recognised and extracted {n} documents again: {mentions} entity mentions, {capacity} capacity rows, {clusters} cluster rows</source>
        <translation>已重新辨識並擷取 {n} 份文件：{mentions} 次實體提及、{capacity} 列產能資料、{clusters} 列產業聚落資料</translation>
    </message>
    <message>
        <source>Recognised and extracted 1 document again: {mentions} entity mentions, {capacity} capacity rows, {clusters} cluster rows</source>
        <translation>已重新辨識並擷取 1 份文件：{mentions} 次實體提及、{capacity} 列產能資料、{clusters} 列產業聚落資料</translation>
    </message>
    <message>
        <source> (cancelled: {n} documents keep what they had)</source>
        <translation>（已取消：{n} 份文件保留原有結果）</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>the store could not be searched ({error})</source>
        <translation>無法搜尋資料庫（{error}）</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 處命中</translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation>{n} 處命中</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type a word in either script: 产能, 晶圓, fab, TSMC… A company or place also finds its other names; put a term in quotes to search it alone.</source>
        <translation>輸入繁體或簡體詞語：產能、晶圓、fab、TSMC……搜尋企業或地名時也會找到它的其他名稱；為詞語加上引號則只搜尋該詞本身。</translation>
    </message>
    <message>
        <source>Search all documents (Ctrl+Shift+F)</source>
        <translation>搜尋全部文件 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>搜尋詞</translation>
    </message>
    <message>
        <source>Not searched: {error}.</source>
        <translation>未搜尋：{error}。</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>沒有找到「{query}」的結果。</translation>
    </message>
    <message>
        <source>{n} documents match “{query}”</source>
        <translation>{n} 份文件包含「{query}」</translation>
    </message>
    <message>
        <source>1 document matches “{query}”</source>
        <translation>1 份文件包含「{query}」</translation>
    </message>
    <message>
        <source>, also as {names} (quote a term to search it alone)</source>
        <translation>，也搜尋了 {names}（加引號可只搜尋該詞）</translation>
    </message>
    <message>
        <source>. Enter opens one.</source>
        <translation>。按 Enter 開啟。</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>New capacity row from selection</source>
        <translation>用所選內容新增產能列</translation>
    </message>
    <message>
        <source>Select the sentence or figure the row should come from first.</source>
        <translation>請先選取這一列所依據的句子或數字。</translation>
    </message>
</context>
<context>
    <name>SheetCheck</name>
    <message>
        <source>row {row} of the {sheet} sheet no longer exists</source>
        <translation>{sheet}表的第 {row} 列已不存在</translation>
    </message>
    <message>
        <source>{column} is the row&apos;s provenance and cannot be edited</source>
        <translation>{column}是該列的出處，不能編輯</translation>
    </message>
    <message>
        <source>{column} follows from the row&apos;s other values</source>
        <translation>{column}由該列的其他值得出，不能直接編輯</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a number</source>
        <translation>{column}：{raw} 不是數字</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a finite number</source>
        <translation>{column}：{raw} 不是有限的數字</translation>
    </message>
    <message>
        <source>{column}: {raw} is negative</source>
        <translation>{column}：{raw} 是負數</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a year like 2025</source>
        <translation>{column}：{raw} 不是年份（如 2025）</translation>
    </message>
    <message>
        <source>{column}: {raw} is not a whole number</source>
        <translation>{column}：{raw} 不是整數</translation>
    </message>
    <message>
        <source>{column}: {value} is not a year between 1900 and 2100</source>
        <translation>{column}：{value} 不是 1900 至 2100 之間的年份</translation>
    </message>
    <message>
        <source>{column}: {value} must be 1 or more</source>
        <translation>{column}：{value} 須為 1 或以上</translation>
    </message>
    <message>
        <source>{column}: {raw} is not one of {allowed}</source>
        <translation>{column}：{raw} 不在可選值之列（{allowed}）</translation>
    </message>
    <message>
        <source>{column}: longer than {count} characters</source>
        <translation>{column}：超過 {count} 個字元</translation>
    </message>
    <message>
        <source>{high} ({high_value}) is below {low} ({low_value})</source>
        <translation>{high}為 {high_value}，低於{low} {low_value}</translation>
    </message>
    <message>
        <source>document {document} does not exist</source>
        <translation>文件 {document} 不存在</translation>
    </message>
    <message>
        <source>source span {start}–{end} is outside document {document} (length {length})</source>
        <translation>出處位置 {start}–{end} 超出文件 {document} 的範圍（長度 {length}）</translation>
    </message>
</context>
<context>
    <name>SheetColumn</name>
    <message>
        <source>Review</source>
        <translation>審核</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Source quote</source>
        <translation>原文引述</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Site / plant</source>
        <translation>廠區 / 工廠</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Product / process</source>
        <translation>產品 / 製程</translation>
    </message>
    <message>
        <source>Value (low)</source>
        <translation>數值（下限）</translation>
    </message>
    <message>
        <source>Value (high)</source>
        <translation>數值（上限）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Level / added</source>
        <translation>存量 / 新增</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Std. value (low)</source>
        <translation>標準值（下限）</translation>
    </message>
    <message>
        <source>Std. value (high)</source>
        <translation>標準值（上限）</translation>
    </message>
    <message>
        <source>Std. unit</source>
        <translation>標準單位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>口徑</translation>
    </message>
    <message>
        <source>Company as written</source>
        <translation>原文企業名</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投資額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源數</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>產業聚落</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>大洲</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Region / city</source>
        <translation>地區 / 城市</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>產值</translation>
    </message>
</context>
<context>
    <name>SheetDelegate</name>
    <message>
        <source>a number, e.g. 1.5</source>
        <translation>數字，例如 1.5</translation>
    </message>
    <message>
        <source>a year, e.g. 2025</source>
        <translation>年份，例如 2025</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel and LibreOffice (*.csv)</source>
        <translation>CSV，UTF-8，適用於 Excel 與 LibreOffice (*.csv)</translation>
    </message>
    <message>
        <source>Include rejected rows</source>
        <translation>包含已拒絕的列</translation>
    </message>
    <message>
        <source>Rows marked rejected are left out of an export unless this is ticked.</source>
        <translation>除非勾選此項，標記為已拒絕的列不會匯出。</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>(company not stated)</source>
        <translation>（未註明企業）</translation>
    </message>
    <message>
        <source>(total)</source>
        <translation>（合計）</translation>
    </message>
    <message>
        <source>(market)</source>
        <translation>（市場）</translation>
    </message>
    <message>
        <source>Document {id}, </source>
        <translation>文件 {id}，</translation>
    </message>
    <message>
        <source>characters {start}–{end} (double-click to open it in the Reader)</source>
        <translation>第 {start}–{end} 字（按兩下可在閱讀器中開啟）</translation>
    </message>
    <message>
        <source>Not saved yet: the store is busy (an import or another window is writing). It is saved as soon as the store is free.</source>
        <translation>尚未儲存：資料庫正忙（正在匯入，或另一個視窗正在寫入）。資料庫空閒後會立即儲存。</translation>
    </message>
    <message>
        <source>Last written by {role}</source>
        <translation>最後由 {role} 寫入</translation>
    </message>
    <message>
        <source>{n} sources of this figure:</source>
        <translation>該數據共有 {n} 個來源：</translation>
    </message>
    <message>
        <source>1 source (no other document states this figure):</source>
        <translation>1 個來源（沒有其他文件提到該數據）：</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>文件 {id}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 個</translation>
    </message>
</context>
<context>
    <name>SheetTab</name>
    <message>
        <source>Filter {sheet} rows (either script)…</source>
        <translation>篩選{sheet}資料列（繁簡皆可）…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Confirm (C)</source>
        <translation>確認（C）</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>拒絕（R）</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>刪除列</translation>
    </message>
    <message>
        <source>Select the rows to duplicate first.</source>
        <translation>請先選取要複製的列。</translation>
    </message>
    <message>
        <source>Select the rows to delete first.</source>
        <translation>請先選取要刪除的列。</translation>
    </message>
    <message>
        <source>Deleted {n} row(s). Undo brings them back.</source>
        <translation>已刪除 {n} 列。復原即可恢復。</translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish.</source>
        <translation>另一個匯出仍在進行，請等它完成。</translation>
    </message>
    <message>
        <source>Exporting the {sheet} sheet</source>
        <translation>正在匯出{sheet}表</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>匯出已取消，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Exported {n} rows to {path}</source>
        <translation>已匯出 {n} 列至 {path}</translation>
    </message>
    <message>
        <source>Another window</source>
        <translation>另一個視窗</translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>{who} changed {column} of this row while you were editing it.

Theirs: {theirs}
Yours: {mine}</source>
        <translation>在您編輯時，{who} 修改了這一列的{column}。

對方的值：{theirs}
您的值：{mine}</translation>
    </message>
    <message>
        <source>Nothing is overwritten until you choose.</source>
        <translation>在您選擇之前，不會覆寫任何內容。</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留對方的值</translation>
    </message>
    <message>
        <source>Use Mine</source>
        <translation>使用我的值</translation>
    </message>
    <message>
        <source>Your value was saved over theirs.</source>
        <translation>已用您的值覆寫對方的值。</translation>
    </message>
    <message>
        <source>Their value was kept.</source>
        <translation>已保留對方的值。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{shown} / {total} 列</translation>
    </message>
    <message>
        <source>{total} rows</source>
        <translation>{total} 列</translation>
    </message>
    <message>
        <source>Select the rows to mark {state} first.</source>
        <translation>請先選取要標記為「{state}」的列。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the rows shown as an Excel workbook or CSV</source>
        <translation>將顯示的列匯出為 Excel 活頁簿或 CSV</translation>
    </message>
    <message>
        <source>Export {sheet} sheet</source>
        <translation>匯出{sheet}資料表</translation>
    </message>
    <message>
        <source>This row has no source in a document.</source>
        <translation>這一列沒有來源文件。</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>文件 {id}</translation>
    </message>
</context>
<context>
    <name>SheetValue</name>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
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
        <translation>企業</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市場</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>In the Reader: annotate the selection as %1</source>
        <translation>閱讀器：將所選文字標註為%1</translation>
    </message>
    <message>
        <source>In the Reader: edit the note of the annotation at the cursor</source>
        <translation>閱讀器：編輯游標處標註的備註</translation>
    </message>
    <message>
        <source>In the Reader: delete the annotation at the cursor</source>
        <translation>閱讀器：刪除游標處的標註</translation>
    </message>
    <message>
        <source>In the Reader: accept the entity at the cursor</source>
        <translation>閱讀器：接受游標處的實體</translation>
    </message>
    <message>
        <source>In the Reader: reject the entity at the cursor</source>
        <translation>閱讀器：拒絕游標處的實體</translation>
    </message>
    <message>
        <source>In the find bar: next, previous hit</source>
        <translation>尋找列：下一處、上一處</translation>
    </message>
    <message>
        <source>In the find bar: close it</source>
        <translation>尋找列：關閉</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>篩選快速鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Upgrading {name} from schema {schema}…</source>
        <translation>正在從結構描述 {schema} 升級 {name}…</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>正在連線至 {name}…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>The connection to {name} was cancelled.</source>
        <translation>已取消與 {name} 的連線。</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>The store was not upgraded</source>
        <translation>資料庫未升級</translation>
    </message>
    <message>
        <source>{name} is as it was (schema {schema}); this version of the workbench opens it once it is upgraded.</source>
        <translation>{name} 維持原樣(結構描述 {schema});此版本的工作台須先升級才能開啟它。</translation>
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
        <translation>目前步驟完成後取消…</translation>
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
        <translation>{label}（{type}）：1 次提及。按一下可顯示或隱藏其醒目標示。</translation>
    </message>
    <message>
        <source>{label} ({type}): {n} mentions. Click to show or hide their highlights.</source>
        <translation>{label}（{type}）：{n} 次提及。按一下可顯示或隱藏其醒目標示。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金額</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>詞典</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析師</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>status not stated</source>
        <translation>狀態未註明</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>未註明週期</translation>
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
        <translation>合計</translation>
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
        <translation>企業</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>News digest</source>
        <translation>新聞摘要</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>繁簡混合</translation>
    </message>
    <message>
        <source>No Chinese</source>
        <translation>無中文</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>產能</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>產業聚落</translation>
    </message>
    <message>
        <source>Latest capacity per company</source>
        <translation>各企業最新產能</translation>
    </message>
    <message>
        <source>Capacity over time</source>
        <translation>產能歷年變化</translation>
    </message>
    <message>
        <source>Clusters by country</source>
        <translation>各國產業聚落</translation>
    </message>
    <message>
        <source>Clusters by domain</source>
        <translation>各領域產業聚落</translation>
    </message>
    <message>
        <source>Most mentioned entities</source>
        <translation>提及最多的實體</translation>
    </message>
    <message>
        <source>Documents by publish date</source>
        <translation>依發布日期統計的文件</translation>
    </message>
</context>
<context>
    <name>WorkImport</name>
    <message>
        <source>{added} added, {updated} updated, {already} already here, {left} left out</source>
        <translation>新增 {added} 列，更新 {updated} 列，已有 {already} 列，略過 {left} 列</translation>
    </message>
    <message>
        <source>{table}, row {row}: {why}</source>
        <translation>{table}，第 {row} 列：{why}</translation>
    </message>
    <message>
        <source>and {n} more rows</source>
        <translation>另有 {n} 列</translation>
    </message>
    <message>
        <source>its document id {id} is not a whole number</source>
        <translation>其文件編號 {id} 不是整數</translation>
    </message>
    <message>
        <source>its start or end is empty</source>
        <translation>其起點或終點為空</translation>
    </message>
    <message>
        <source>its start {value} is not a whole number</source>
        <translation>其起點 {value} 不是整數</translation>
    </message>
    <message>
        <source>its end {value} is not a whole number</source>
        <translation>其終點 {value} 不是整數</translation>
    </message>
    <message>
        <source>its span {start}–{end} holds no text (the end must be after the start)</source>
        <translation>其位置 {start}–{end} 不含文字（終點須在起點之後）</translation>
    </message>
    <message>
        <source>its span {start}–{end} is not within its document ({length} characters)</source>
        <translation>其位置 {start}–{end} 不在文件範圍內（文件共 {length} 字）</translation>
    </message>
    <message>
        <source>its type is empty</source>
        <translation>其類型為空</translation>
    </message>
    <message>
        <source>“{type}” is not an annotation type</source>
        <translation>「{type}」不是標註類型</translation>
    </message>
    <message>
        <source>its text {text} is not at {start}–{end} of its document, which reads {there} there</source>
        <translation>其文字 {text} 不在文件的 {start}–{end} 處，該處為 {there}</translation>
    </message>
    <message>
        <source>its document “{title}” is not in this store (import it first)</source>
        <translation>其文件「{title}」不在本庫中（請先匯入該文件）</translation>
    </message>
    <message>
        <source>its document is not in this store (import it first)</source>
        <translation>其文件不在本庫中（請先匯入該文件）</translation>
    </message>
    <message>
        <source>document {document} is not in this store</source>
        <translation>文件 {document} 不在本庫中</translation>
    </message>
    <message>
        <source>document {document} here is “{here}”, not “{title}”: export the file again to carry its document key</source>
        <translation>本庫的文件 {document} 是「{here}」，而非「{title}」：請重新匯出該檔案，以帶上文件鍵</translation>
    </message>
    <message>
        <source>{count} documents here are titled “{title}”</source>
        <translation>本庫有 {count} 篇文件題為「{title}」</translation>
    </message>
    <message>
        <source>no document here is titled “{title}”</source>
        <translation>本庫沒有題為「{title}」的文件</translation>
    </message>
    <message>
        <source>it names no document</source>
        <translation>未指明文件</translation>
    </message>
    <message>
        <source>it holds none of the sheet&apos;s essential values</source>
        <translation>不含該表的任何必填值</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件編號</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>end</source>
        <translation>終點</translation>
    </message>
    <message>
        <source>its quote&apos;s place {start}–{end} is not in the document (length {length})</source>
        <translation>其引文位置 {start}–{end} 不在文件範圍內（長度 {length}）</translation>
    </message>
    <message>
        <source>the document no longer reads as its quote at {start}–{end}</source>
        <translation>文件在 {start}–{end} 處已與其引文不符</translation>
    </message>
    <message>
        <source>{name} {value} is not a whole number</source>
        <translation>{name} {value} 不是整數</translation>
    </message>
    <message>
        <source>{name} {value} is not a whole number of the store&apos;s size</source>
        <translation>{name} {value} 不是本庫可存的整數</translation>
    </message>
</context>
<context>
    <name>WorkImportFlow</name>
    <message>
        <source>Import Sheet Rows and Annotations</source>
        <translation>匯入表格列與註解</translation>
    </message>
    <message>
        <source>Sheet or annotations export (*.xlsx *.csv);;All files (*)</source>
        <translation>表格或註解匯出檔 (*.xlsx *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import of {file} cancelled: nothing changed</source>
        <translation>已取消匯入 {file}：未做任何變更</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>匯入 {file}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>正在匯入 {file}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>已匯入 {file}：{summary}</translation>
    </message>
    <message>
        <source>{file}: {summary}. These rows were left out:</source>
        <translation>{file}：{summary}。以下各列被略過：</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>An empty team store: import the team&apos;s documents with File &gt; Import</source>
        <translation>空的團隊資料庫：請用「檔案 &gt; 匯入檔案」匯入團隊的文件</translation>
    </message>
    <message>
        <source>Ingesting the bundled corpus</source>
        <translation>正在匯入內建語料</translation>
    </message>
    <message>
        <source>Recognising entities and filling the sheets</source>
        <translation>正在辨識實體並填寫資料表</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Ingested {n} documents from the bundled corpus</source>
        <translation>已從內建語料匯入 {n} 份文件</translation>
    </message>
    <message>
        <source>Some corpus files could not be read</source>
        <translation>部分語料檔案無法讀取</translation>
    </message>
    <message>
        <source>Finished {n} documents left from an earlier run</source>
        <translation>已完成上次未處理完的 {n} 份文件</translation>
    </message>
    <message>
        <source>Ingesting failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Cancelled: the store keeps the {n} documents finished so far</source>
        <translation>已取消：資料庫保留已完成的 {n} 份文件</translation>
    </message>
    <message>
        <source>{store}: colleagues&apos; changes are not coming in ({reason}); trying again</source>
        <translation>{store}：收不到同事的修改（{reason}），正在重試</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>無法開啟資料庫</translation>
    </message>
</context>
</TS>
