namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>End tags in html5lib's table phases, and its reset of the insertion mode after a table or select closes.</summary>
internal sealed partial class SoupTreeBuilder
{
    private bool EndTagInTable(SoupInsertionMode phase, SoupTag tag)
    {
        var name = tag.Name;
        switch (phase)
        {
            case SoupInsertionMode.InTableText:
                LeaveTableText();
                return true;
            case SoupInsertionMode.InCaption:
                if (name == "caption")
                {
                    if (open.InScope("caption", SoupScope.Table))
                    {
                        GenerateImpliedEndTags();
                        PopUntilNamed("caption");
                        formatting.ClearToMarker();
                        mode = SoupInsertionMode.InTable;
                    }

                    return false;
                }

                if (name == "table")
                {
                    return EndCaption();
                }

                return name is not ("body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr") && EndTagInBody(tag);
            case SoupInsertionMode.InColumnGroup:
                if (name == "colgroup")
                {
                    EndColumnGroup();
                    return false;
                }

                return name != "col" && EndColumnGroup();
            case SoupInsertionMode.InTableBody:
                return EndTagInTableBody(tag);
            case SoupInsertionMode.InRow:
                return EndTagInRow(tag);
            case SoupInsertionMode.InCell:
                return EndTagInCell(tag);
            default:
                return EndTagInTableOnly(tag);
        }
    }

    private bool EndTagInTableOnly(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "table":
                if (open.InScope("table", SoupScope.Table))
                {
                    GenerateImpliedEndTags();
                    PopUntilNamed("table");
                    ResetInsertionMode();
                }

                return false;
            case "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return false;
            default:
                // foster-parented as in body; html5lib drops the body phase's request to reprocess the tag here
                fromTable = true;
                EndTagInBody(tag);
                fromTable = false;
                return false;
        }
    }

    private bool EndTagInTableBody(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "tbody" or "tfoot" or "thead":
                if (open.InScope(tag.Name, SoupScope.Table))
                {
                    ClearStackBackTo("tbody", "tfoot", "thead");
                    open.Pop();
                    mode = SoupInsertionMode.InTable;
                }

                return false;
            case "table":
                return EndRowGroupInScope();
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" or "tr":
                return false;
            default:
                return EndTagInTableOnly(tag);
        }
    }

    private bool EndTagInRow(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "tr":
                if (open.InScope("tr", SoupScope.Table))
                {
                    ClearStackBackTo("tr");
                    open.Pop();
                    mode = SoupInsertionMode.InTableBody;
                }

                return false;
            case "table":
                return EndRow();
            case "tbody" or "tfoot" or "thead":
                if (open.InScope(tag.Name, SoupScope.Table))
                {
                    EndRow();
                    return true;
                }

                return false;
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th":
                return false;
            default:
                return EndTagInTableOnly(tag);
        }
    }

    private bool EndTagInCell(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "td" or "th":
                if (open.InScope(tag.Name, SoupScope.Table))
                {
                    GenerateImpliedEndTags(tag.Name);
                    PopUntilNamed(tag.Name);
                    formatting.ClearToMarker();
                    mode = SoupInsertionMode.InRow;
                }

                return false;
            case "body" or "caption" or "col" or "colgroup" or "html":
                return false;
            case "table" or "tbody" or "tfoot" or "thead" or "tr":
                if (open.InScope(tag.Name, SoupScope.Table))
                {
                    CloseCell();
                    return true;
                }

                return false;
            default:
                return EndTagInBody(tag);
        }
    }

    /// <summary>html5lib's <c>resetInsertionMode</c> (no template; &lt;head&gt; means "in body", as html5lib has it).</summary>
    private void ResetInsertionMode()
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i];
            if (i == 0)
            {
                // html5lib names the bottom element by its fragment container, which a whole document has none of
                mode = SoupInsertionMode.InBody;
                return;
            }

            if (nodes.Namespace(node) != SoupNamespace.Html)
            {
                continue;
            }

            SoupInsertionMode? next = nodes.Name(node) switch
            {
                "select" => SoupInsertionMode.InSelect,
                "td" or "th" => SoupInsertionMode.InCell,
                "tr" => SoupInsertionMode.InRow,
                "tbody" or "thead" or "tfoot" => SoupInsertionMode.InTableBody,
                "caption" => SoupInsertionMode.InCaption,
                "colgroup" => SoupInsertionMode.InColumnGroup,
                "table" => SoupInsertionMode.InTable,
                "head" or "body" => SoupInsertionMode.InBody,
                "frameset" => SoupInsertionMode.InFrameset,
                "html" => SoupInsertionMode.BeforeHead,
                _ => null,
            };
            if (next is { } found)
            {
                mode = found;
                return;
            }
        }
    }
}
