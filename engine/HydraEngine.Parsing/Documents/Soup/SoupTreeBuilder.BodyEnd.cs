namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>End tags in html5lib 1.1's "in body" phase.</summary>
internal sealed partial class SoupTreeBuilder
{
    private bool EndTagInBody(SoupTag tag)
    {
        var name = tag.Name;
        if (SoupElements.EndsBlock.Contains(name))
        {
            EndTagBlock(name);
            return false;
        }

        if (SoupElements.Formatting.Contains(name))
        {
            EndTagFormatting(tag);
            return false;
        }

        if (SoupElements.Headings.Contains(name))
        {
            EndTagHeading();
            return false;
        }

        switch (name)
        {
            case "body":
                if (open.InScope("body"))
                {
                    mode = SoupInsertionMode.AfterBody;
                }

                return false;
            case "html":
                if (open.InScope("body"))
                {
                    mode = SoupInsertionMode.AfterBody;
                    return true;
                }

                return false;
            case "form":
                var node = form;
                form = -1;
                if (node >= 0 && open.InScope(node))
                {
                    GenerateImpliedEndTags();
                    open.Remove(node);
                }

                return false;
            case "p":
                EndTagParagraph();
                return false;
            case "dd" or "dt" or "li":
                if (open.InScope(name, name == "li" ? SoupScope.List : SoupScope.Default))
                {
                    GenerateImpliedEndTags(name);
                    PopUntilNamed(name);
                }

                return false;
            case "applet" or "marquee" or "object":
                if (open.InScope(name))
                {
                    GenerateImpliedEndTags();
                    PopUntilNamed(name);
                    formatting.ClearToMarker();
                }

                return false;
            case "br":
                formatting.Reconstruct(ReopenFormatting);
                Insert(new SoupTag("br"));
                open.Pop();
                return false;
            default:
                EndTagOther(name);
                return false;
        }
    }

    private void EndTagBlock(string name)
    {
        if (name == "pre")
        {
            dropNewline = false;
        }

        if (open.InScope(name))
        {
            GenerateImpliedEndTags();
            PopUntilNamed(name);
        }
    }

    private void EndTagParagraph()
    {
        if (!open.InScope("p", SoupScope.Button))
        {
            Insert(new SoupTag("p"));
        }

        GenerateImpliedEndTags("p");
        PopUntilNamed("p");
    }

    private void EndTagHeading()
    {
        foreach (var heading in SoupElements.Headings)
        {
            if (open.InScope(heading))
            {
                GenerateImpliedEndTags();
                while (!SoupElements.Headings.Contains(nodes.Name(open.Pop())))
                {
                }

                return;
            }
        }
    }

    /// <summary>Any other end tag: closes the nearest open element of that name unless a special element comes first.</summary>
    private void EndTagOther(string name)
    {
        if (open.LastNamed(name) < 0)
        {
            return;
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i];
            if (nodes.Name(node) == name)
            {
                GenerateImpliedEndTags(name);
                while (open.Pop() != node)
                {
                }

                return;
            }

            if (IsSpecial(node))
            {
                return;
            }
        }
    }
}
