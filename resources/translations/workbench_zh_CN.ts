<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>No note: press F2 to write one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on page {n} of the imported PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotation: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the annotations of every document, not only the open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected annotation&apos;s note (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected annotations&apos; type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the listed annotations as CSV for Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document to see its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} annotations in all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 annotation in all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} annotations in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 annotation in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change annotations to {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>{category} · {series}: {value} of {total} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year the figure refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company}, {year}: {value} ({status}; %n row(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a bar or point for its exact values; click it to select its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a bar for its figure; click it to select its rows; double-click it for the company over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of one product and unit share one axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one company&apos;s capacity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected company&apos;s capacity over time (or double-click its bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types (top {n} each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected bar&apos;s or point&apos;s source (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the whole chart (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected row has no source document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source {i}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnFilterBar</name>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows whose {column} matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity to see where it is mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach a name the recogniser should find everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the entity another canonical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected entities one (the one with most mentions keeps its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never an Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every mention of the selected names, in every document, now and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one way of writing the entity an entity of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is found in every document from now on. Give the entity it names to make it another name of that entity (a short form, the other script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New canonical name for “{name}”. The name of another entity of this type merges the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make %n entities {type}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never an entity: “{name}” and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never an entity: “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench lexicon (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {entities} entities, {names} names and {never} never-names to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench lexicon (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising the documents that hold the taught names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lexicon changed ({names}). Documents already stored still show the earlier recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply the lexicon: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities recognised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({type}): no mentions in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} ({type}): {mentions} in %n document(s). Double-click or Enter to open one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityNameDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: an entity it is another name of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that mention the entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <source>Importable documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.text *.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more near duplicates (see Details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {id}: {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the same article as document {id} «{title}» ({how})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LexiconApplier</name>
    <message>
        <source>Applied your lexicon: {n} documents recognised again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied your lexicon: 1 document recognised again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled part way)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {files}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter by title, publisher or tag (either script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recognise and Extract Again (%n Document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Find the entities and fill the sheets anew for the chosen documents; your verdicts, edits and reviews stand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Industry Intelligence Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved yet: {store} is busy (an import or another window is writing).

Wait and try again, or close and lose them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) not saved yet: the store is busy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every edit is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose documents in the Library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising and extracting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising and extracting the chosen documents again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying your lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying your lexicon to the stored documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workbench store (.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import corpus files into this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sheet on screen (as filtered and sorted) as CSV for Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Lexicon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach this store the names in a lexicon file a colleague exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Le&amp;xicon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the names you taught to a file a colleague can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in All Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every document in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the document list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Lexicon to All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise again the stored documents that hold names you taught, renamed or retyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise and E&amp;xtract Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the entities and fill the sheets anew for the documents chosen in the Library (or the one open in the Reader); your verdicts and edits stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising again failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench stores (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, search, annotate and curate Chinese-language industry news and research reports, offline, in Traditional and Simplified Chinese alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits typed while another writer holds the store&apos;s lock are kept and saved, in order, as soon as it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{script} · {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — {store} (Read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} is read-only ({reason}): you can read, search and export; nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionListModel</name>
    <message>
        <source>characters {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on {type} annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>edit not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store}: the store is busy (an import or another window is writing); 1 edit is not saved yet and will be saved as soon as it is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store}: the store is busy (an import or another window is writing); {n} edits are not saved yet and will be saved as soon as it is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot {what}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Select text, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an annotation: &lt;b&gt;N&lt;/b&gt; note, &lt;b&gt;Del&lt;/b&gt; delete, digit retypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an entity: &lt;b&gt;A&lt;/b&gt; accept, &lt;b&gt;R&lt;/b&gt; reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is read-only: reading, searching and exporting work; annotating is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document from the Library or Search panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw PDF text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as extracted from the PDF, before cleaning (highlights and annotation apply to the cleaned text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the document: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>channel {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{script} script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reader comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Raw text as extracted from the PDF ({n} characters). Entities and annotations belong to the cleaned text: untick “Raw PDF text” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first, then press 1–8 to annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderTextView</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▤ backs {row} &lt;i&gt;({review})&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation &lt;b&gt;{type}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate selection as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation {type} “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept {type} “{text}” as annotation (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {type} “{text}” (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” Is Never an Entity (All Documents)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reprocessor</name>
    <message>
        <source>Recognised and extracted {n} documents again: {mentions} entity mentions, {capacity} capacity rows, {clusters} cluster rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised and extracted 1 document again: {mentions} entity mentions, {capacity} capacity rows, {clusters} cluster rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled: {n} documents keep what they had)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>the store could not be searched ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type a word in either script: 产能, 晶圓, fab, TSMC… A company or place also finds its other names; put a term in quotes to search it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all documents (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not searched: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents match “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 document matches “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, also as {names} (quote a term to search it alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Enter opens one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>New capacity row from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sentence or figure the row should come from first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetColumn</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site / plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level / added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. value (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. value (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetDelegate</name>
    <message>
        <source>a number, e.g. 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year, e.g. 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>(company not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(market)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {id}, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters {start}–{end} (double-click to open it in the Reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the store is busy (an import or another window is writing). It is saved as soon as the store is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sources of this figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 source (no other document states this figure):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetTab</name>
    <message>
        <source>Filter {sheet} rows (either script)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows to duplicate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s). Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to mark {state} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {sheet} sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This row has no source in a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetValue</name>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeLegend</name>
    <message numerus="yes">
        <source>{label} ({type}): %n mention(s). Click to show or hide their highlights.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest capacity per company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most mentioned entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents by publish date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Ingesting the bundled corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising entities and filling the sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingested {n} documents from the bundled corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some corpus files could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished {n} documents left from an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingesting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the store keeps the {n} documents finished so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
