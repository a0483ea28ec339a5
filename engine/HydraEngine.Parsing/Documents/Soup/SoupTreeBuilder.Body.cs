using HydraEngine.Parsing.Documents.Soup.Tokenizer;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>Start tags in html5lib 1.1's "in body" phase.</summary>
internal sealed partial class SoupTreeBuilder
{
    private bool StartTagInBody(SoupTag tag)
    {
        var name = tag.Name;
        if (SoupElements.ClosesParagraph.Contains(name))
        {
            CloseParagraphInButtonScope();
            Insert(tag);
            return false;
        }

        if (SoupElements.Headings.Contains(name))
        {
            CloseParagraphInButtonScope();
            if (SoupElements.Headings.Contains(nodes.Name(Current)))
            {
                open.Pop();
            }

            Insert(tag);
            return false;
        }

        if (SoupElements.Formatting.Contains(name) && name is not ("a" or "nobr"))
        {
            formatting.Reconstruct(ReopenFormatting);
            formatting.Add(Insert(tag));
            return false;
        }

        switch (name)
        {
            case "html":
                nodes.AddMissingAttributes(open[0], tag.Attributes);
                return false;
            case "base" or "basefont" or "bgsound" or "command" or "link" or "meta" or "script" or "style" or "title":
                return StartTagInHead(tag);
            case "body":
                if (open.Count > 1 && nodes.Name(open[1]) == "body")
                {
                    framesetOk = false;
                    nodes.AddMissingAttributes(open[1], tag.Attributes);
                }

                return false;
            case "frameset":
                StartFrameset(tag);
                return false;
            case "pre" or "listing":
                CloseParagraphInButtonScope();
                Insert(tag);
                framesetOk = false;
                dropNewline = true;
                return false;
            case "form":
                if (form < 0)
                {
                    CloseParagraphInButtonScope();
                    form = Insert(tag);
                }

                return false;
            case "li" or "dd" or "dt":
                StartListItem(tag);
                return false;
            case "plaintext":
                CloseParagraphInButtonScope();
                Insert(tag);
                tokenizer.State = SoupTokenizerState.Plaintext;
                return false;
            case "a":
                var active = formatting.LastNamed("a");
                if (active >= 0)
                {
                    EndTagFormatting(new SoupTag("a"));
                    open.Remove(active);
                    formatting.Remove(active);
                }

                formatting.Reconstruct(ReopenFormatting);
                formatting.Add(Insert(tag));
                return false;
            case "nobr":
                formatting.Reconstruct(ReopenFormatting);
                if (open.InScope("nobr"))
                {
                    EndTagInBody(new SoupTag("nobr"));
                    formatting.Reconstruct(ReopenFormatting);
                }

                formatting.Add(Insert(tag));
                return false;
            case "button":
                if (open.InScope("button"))
                {
                    EndTagInBody(new SoupTag("button"));
                    return true;
                }

                formatting.Reconstruct(ReopenFormatting);
                Insert(tag);
                framesetOk = false;
                return false;
            case "applet" or "marquee" or "object":
                formatting.Reconstruct(ReopenFormatting);
                Insert(tag);
                formatting.AddMarker();
                framesetOk = false;
                return false;
            case "xmp":
                CloseParagraphInButtonScope();
                formatting.Reconstruct(ReopenFormatting);
                framesetOk = false;
                ParseText(tag, SoupTokenizerState.Rawtext);
                return false;
            case "table":
                if (!quirks && open.InScope("p", SoupScope.Button))
                {
                    EndTagInBody(new SoupTag("p"));
                }

                Insert(tag);
                framesetOk = false;
                mode = SoupInsertionMode.InTable;
                return false;
            case "area" or "br" or "embed" or "img" or "keygen" or "wbr":
                InsertVoidFormatting(tag);
                return false;
            case "param" or "source" or "track":
                Insert(tag);
                open.Pop();
                return false;
            case "input":
                var wasFramesetOk = framesetOk;
                InsertVoidFormatting(tag);
                if (tag.Attribute("type") is { } type && type.ToLowerInvariant() == "hidden")
                {
                    framesetOk = wasFramesetOk;
                }

                return false;
            case "hr":
                CloseParagraphInButtonScope();
                Insert(tag);
                open.Pop();
                framesetOk = false;
                return false;
            case "image":
                return StartTagInBody(new SoupTag("img", tag.Attributes, tag.SelfClosing));
            case "isindex":
                StartIsindex(tag);
                return false;
            case "textarea":
                Insert(tag);
                tokenizer.State = SoupTokenizerState.Rcdata;
                dropNewline = true;
                framesetOk = false;
                return false;
            case "iframe" or "noembed" or "noframes":
                framesetOk = name != "iframe" && framesetOk;
                ParseText(tag, SoupTokenizerState.Rawtext);
                return false;
            case "select":
                formatting.Reconstruct(ReopenFormatting);
                Insert(tag);
                framesetOk = false;
                mode = mode is SoupInsertionMode.InTable or SoupInsertionMode.InCaption or SoupInsertionMode.InColumnGroup
                    or SoupInsertionMode.InTableBody or SoupInsertionMode.InRow or SoupInsertionMode.InCell
                    ? SoupInsertionMode.InSelectInTable : SoupInsertionMode.InSelect;
                return false;
            case "rp" or "rt":
                if (open.InScope("ruby"))
                {
                    GenerateImpliedEndTags();
                }

                Insert(tag);
                return false;
            case "option" or "optgroup":
                if (nodes.Name(Current) == "option")
                {
                    EndTag(mode, new SoupTag("option"));
                }

                formatting.Reconstruct(ReopenFormatting);
                Insert(tag);
                return false;
            case "math" or "svg":
                StartForeignRoot(tag);
                return false;
            case "caption" or "col" or "colgroup" or "frame" or "head" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return false;
            default:
                formatting.Reconstruct(ReopenFormatting);
                Insert(tag);
                return false;
        }
    }

    private void CloseParagraphInButtonScope()
    {
        if (open.InScope("p", SoupScope.Button))
        {
            EndTagParagraph();
        }
    }

    private void InsertVoidFormatting(SoupTag tag)
    {
        formatting.Reconstruct(ReopenFormatting);
        Insert(tag);
        open.Pop();
        framesetOk = false;
    }

    private void StartFrameset(SoupTag tag)
    {
        if (open.Count == 1 || nodes.Name(open[1]) != "body" || !framesetOk)
        {
            return;
        }

        nodes.Detach(open[1]);
        while (nodes.Name(Current) != "html")
        {
            open.Pop();
        }

        Insert(tag);
        mode = SoupInsertionMode.InFrameset;
    }

    private void StartListItem(SoupTag tag)
    {
        framesetOk = false;
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i];
            var nodeName = nodes.Name(node);
            if (tag.Name == "li" ? nodeName == "li" : nodeName is "dt" or "dd")
            {
                EndTag(mode, new SoupTag(nodeName));
                break;
            }

            if (IsSpecial(node) && nodeName is not ("address" or "div" or "p"))
            {
                break;
            }
        }

        if (open.InScope("p", SoupScope.Button))
        {
            EndTag(mode, new SoupTag("p"));
        }

        Insert(tag);
    }

    private void StartIsindex(SoupTag tag)
    {
        if (form >= 0)
        {
            return;
        }

        List<KeyValuePair<string, string>> formAttributes = tag.Attribute("action") is { } action ? [new("action", action)] : [];
        StartTagInBody(new SoupTag("form", formAttributes));
        StartTagInBody(new SoupTag("hr"));
        StartTagInBody(new SoupTag("label"));
        Characters(SoupInsertionMode.InBody, (tag.Attribute("prompt") ?? "This is a searchable index. Enter search keywords: ").AsMemory());
        var inputAttributes = tag.Attributes.Where(pair => pair.Key is not ("action" or "prompt" or "name")).ToList();
        inputAttributes.Add(new("name", "isindex"));
        StartTagInBody(new SoupTag("input", inputAttributes, tag.SelfClosing));
        EndTagInBody(new SoupTag("label"));
        StartTagInBody(new SoupTag("hr"));
        EndTagInBody(new SoupTag("form"));
    }

    private bool IsSpecial(int node) => nodes.Namespace(node) switch
    {
        SoupNamespace.Html => SoupElements.SpecialHtml.Contains(nodes.Name(node)),
        SoupNamespace.Svg => nodes.Name(node) == "foreignObject",
        _ => false,
    };

    /// <summary>A formatting element reopened: a new element like <paramref name="entry"/>, inserted at the current node.</summary>
    private int ReopenFormatting(int entry) => Insert(new SoupTag(nodes.Name(entry), nodes.AttributesOf(entry)), nodes.Namespace(entry));
}
