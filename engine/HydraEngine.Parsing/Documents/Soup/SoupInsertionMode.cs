namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>html5lib 1.1's phases (its insertion modes; no template mode: that spec came later).</summary>
internal enum SoupInsertionMode
{
    Initial,
    BeforeHtml,
    BeforeHead,
    InHead,
    InHeadNoscript,
    AfterHead,
    InBody,
    Text,
    InTable,
    InTableText,
    InCaption,
    InColumnGroup,
    InTableBody,
    InRow,
    InCell,
    InSelect,
    InSelectInTable,
    AfterBody,
    InFrameset,
    AfterFrameset,
    AfterAfterBody,
    AfterAfterFrameset,
}
