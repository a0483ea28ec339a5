namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>html5lib's select phases (everything but options, optgroups and scripts is dropped: a &lt;button&gt; too) and the phases after the body.</summary>
internal sealed partial class SoupTreeBuilder
{
    private bool StartTagInSelect(SoupInsertionMode phase, SoupTag tag)
    {
        var name = tag.Name;
        if (phase == SoupInsertionMode.InSelectInTable && name is "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th")
        {
            EndTagInSelect(SoupInsertionMode.InSelect, new SoupTag("select"));
            return true;
        }

        switch (name)
        {
            case "html":
                return StartTagInBody(tag);
            case "option":
                PopIfCurrent("option");
                Insert(tag);
                return false;
            case "optgroup":
                PopIfCurrent("option");
                PopIfCurrent("optgroup");
                Insert(tag);
                return false;
            case "select":
                EndSelect();
                return false;
            case "input" or "keygen" or "textarea":
                if (open.InScope("select", SoupScope.Select))
                {
                    EndSelect();
                    return true;
                }

                return false;
            case "script":
                return StartTagInHead(tag);
            default:
                return false;
        }
    }

    private bool EndTagInSelect(SoupInsertionMode phase, SoupTag tag)
    {
        var name = tag.Name;
        if (phase == SoupInsertionMode.InSelectInTable && name is "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th")
        {
            if (open.InScope(name, SoupScope.Table))
            {
                EndTagInSelect(SoupInsertionMode.InSelect, new SoupTag("select"));
                return true;
            }

            return false;
        }

        switch (name)
        {
            case "option":
                PopIfCurrent("option");
                return false;
            case "optgroup":
                if (nodes.Name(Current) == "option" && open.Count > 1 && nodes.Name(open[open.Count - 2]) == "optgroup")
                {
                    open.Pop();
                }

                PopIfCurrent("optgroup");
                return false;
            case "select":
                EndSelect();
                return false;
            default:
                return false;
        }
    }

    private void EndSelect()
    {
        if (open.InScope("select", SoupScope.Select))
        {
            PopUntilNamed("select");
            ResetInsertionMode();
        }
    }

    private void PopIfCurrent(string name)
    {
        if (nodes.Name(Current) == name)
        {
            open.Pop();
        }
    }

    private bool StartTagAfterBody(SoupInsertionMode phase, SoupTag tag)
    {
        var name = tag.Name;
        if (name == "html")
        {
            return StartTagInBody(tag);
        }

        switch (phase)
        {
            case SoupInsertionMode.AfterBody or SoupInsertionMode.AfterAfterBody:
                mode = SoupInsertionMode.InBody;
                return true;
            case SoupInsertionMode.InFrameset:
                if (name is "frameset" or "frame")
                {
                    Insert(tag);
                    if (name == "frame")
                    {
                        open.Pop();
                    }

                    return false;
                }

                return name == "noframes" && StartTagInBody(tag);
            default:
                return name == "noframes" && StartTagInHead(tag);
        }
    }

    private bool EndTagAfterBody(SoupInsertionMode phase, SoupTag tag)
    {
        switch (phase)
        {
            case SoupInsertionMode.AfterBody:
                mode = tag.Name == "html" ? SoupInsertionMode.AfterAfterBody : SoupInsertionMode.InBody;
                return tag.Name != "html";
            case SoupInsertionMode.AfterAfterBody:
                mode = SoupInsertionMode.InBody;
                return true;
            case SoupInsertionMode.InFrameset:
                if (tag.Name == "frameset")
                {
                    if (nodes.Name(Current) != "html")
                    {
                        open.Pop();
                    }

                    if (nodes.Name(Current) != "frameset")
                    {
                        mode = SoupInsertionMode.AfterFrameset;
                    }
                }

                return false;
            case SoupInsertionMode.AfterFrameset:
                if (tag.Name == "html")
                {
                    mode = SoupInsertionMode.AfterAfterFrameset;
                }

                return false;
            default:
                return false;
        }
    }
}
