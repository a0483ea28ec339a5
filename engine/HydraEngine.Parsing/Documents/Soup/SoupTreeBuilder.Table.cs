namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>Start tags in html5lib's table phases: in table, table text, caption, column group, table body, row and cell.</summary>
internal sealed partial class SoupTreeBuilder
{
    private bool StartTagInTable(SoupInsertionMode phase, SoupTag tag)
    {
        var name = tag.Name;
        switch (phase)
        {
            case SoupInsertionMode.InTableText:
                LeaveTableText();
                return true;
            case SoupInsertionMode.InCaption:
                if (name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
                {
                    return EndCaption();
                }

                return StartTagInBody(tag);
            case SoupInsertionMode.InColumnGroup:
                if (name == "html")
                {
                    return StartTagInBody(tag);
                }

                if (name == "col")
                {
                    Insert(tag);
                    open.Pop();
                    return false;
                }

                return EndColumnGroup();
            case SoupInsertionMode.InTableBody:
                return StartTagInTableBody(tag);
            case SoupInsertionMode.InRow:
                if (name is "td" or "th")
                {
                    ClearStackBackTo("tr");
                    Insert(tag);
                    mode = SoupInsertionMode.InCell;
                    formatting.AddMarker();
                    return false;
                }

                return name is "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" or "tr" ? EndRow() : StartTagInTableOnly(tag);
            case SoupInsertionMode.InCell:
                if (name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
                {
                    if (open.InScope("td", SoupScope.Table) || open.InScope("th", SoupScope.Table))
                    {
                        CloseCell();
                        return true;
                    }

                    return false;
                }

                return StartTagInBody(tag);
            default:
                return StartTagInTableOnly(tag);
        }
    }

    /// <summary>Start tags in the "in table" phase itself.</summary>
    private bool StartTagInTableOnly(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                return StartTagInBody(tag);
            case "caption":
                ClearStackBackTo("table");
                formatting.AddMarker();
                Insert(tag);
                mode = SoupInsertionMode.InCaption;
                return false;
            case "colgroup":
                ClearStackBackTo("table");
                Insert(tag);
                mode = SoupInsertionMode.InColumnGroup;
                return false;
            case "col":
                StartTagInTableOnly(new SoupTag("colgroup"));
                return true;
            case "tbody" or "tfoot" or "thead":
                ClearStackBackTo("table");
                Insert(tag);
                mode = SoupInsertionMode.InTableBody;
                return false;
            case "td" or "th" or "tr":
                StartTagInTableOnly(new SoupTag("tbody"));
                return true;
            case "table":
                EndTag(mode, new SoupTag("table"));
                return true;
            case "style" or "script":
                return StartTagInHead(tag);
            case "input" when tag.Attribute("type") is { } type && type.ToLowerInvariant() == "hidden":
                Insert(tag);
                open.Pop();
                return false;
            case "form":
                if (form < 0)
                {
                    form = Insert(tag);
                    open.Pop();
                }

                return false;
            default:
                // foster-parented as in body; html5lib drops the body phase's request to reprocess the tag here
                fromTable = true;
                StartTagInBody(tag);
                fromTable = false;
                return false;
        }
    }

    private bool StartTagInTableBody(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                return StartTagInBody(tag);
            case "tr":
                ClearStackBackTo("tbody", "tfoot", "thead");
                Insert(tag);
                mode = SoupInsertionMode.InRow;
                return false;
            case "td" or "th":
                StartTagInTableBody(new SoupTag("tr"));
                return true;
            case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
                return EndRowGroupInScope();
            default:
                return StartTagInTableOnly(tag);
        }
    }

    /// <summary>Closes the open row group (tbody, thead or tfoot in table scope); true when there was one.</summary>
    private bool EndRowGroupInScope()
    {
        if (!(open.InScope("tbody", SoupScope.Table) || open.InScope("thead", SoupScope.Table) || open.InScope("tfoot", SoupScope.Table)))
        {
            return false;
        }

        ClearStackBackTo("tbody", "tfoot", "thead");
        EndTagInTableBody(new SoupTag(nodes.Name(Current)));
        return true;
    }

    /// <summary>Pops elements until the current one has one of these names (or is &lt;html&gt;).</summary>
    private void ClearStackBackTo(params ReadOnlySpan<string> names)
    {
        while (true)
        {
            var name = nodes.Name(Current);
            if (name == "html" || names.Contains(name))
            {
                return;
            }

            open.Pop();
        }
    }

    private bool EndCaption()
    {
        var ignored = !open.InScope("caption", SoupScope.Table);
        EndTagInTable(SoupInsertionMode.InCaption, new SoupTag("caption"));
        return !ignored;
    }

    private bool EndColumnGroup()
    {
        if (nodes.Name(Current) == "html")
        {
            return false;
        }

        open.Pop();
        mode = SoupInsertionMode.InTable;
        return true;
    }

    private bool EndRow()
    {
        var ignored = !open.InScope("tr", SoupScope.Table);
        EndTagInTable(SoupInsertionMode.InRow, new SoupTag("tr"));
        return !ignored;
    }

    private void CloseCell()
    {
        if (open.InScope("td", SoupScope.Table))
        {
            EndTagInTable(SoupInsertionMode.InCell, new SoupTag("td"));
        }
        else if (open.InScope("th", SoupScope.Table))
        {
            EndTagInTable(SoupInsertionMode.InCell, new SoupTag("th"));
        }
    }
}
