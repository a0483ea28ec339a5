namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>SVG and MathML: html5lib's foreign content phase, its integration points and name adjustments.</summary>
internal sealed partial class SoupTreeBuilder
{
    /// <summary>Whether html5lib's main loop hands the token to the foreign content phase rather than the current phase.</summary>
    private bool UsesForeignContent(SoupToken token)
    {
        if (open.Count == 0)
        {
            return false;
        }

        var current = Current;
        var space = nodes.Namespace(current);
        if (space == SoupNamespace.Html)
        {
            return false;
        }

        var name = nodes.Name(current);
        var text = token.Kind is SoupTokenKind.Characters or SoupTokenKind.Space;
        var start = token.Kind == SoupTokenKind.StartTag;
        if (space == SoupNamespace.MathMl && SoupElements.MathMlText.Contains(name) && ((start && token.Tag!.Name is not ("mglyph" or "malignmark")) || text))
        {
            return false;
        }

        if (space == SoupNamespace.MathMl && name == "annotation-xml" && start && token.Tag!.Name == "svg")
        {
            return false;
        }

        return !(IsHtmlIntegrationPoint(current) && (start || text));
    }

    private bool IsHtmlIntegrationPoint(int node) => nodes.Namespace(node) switch
    {
        SoupNamespace.MathMl => nodes.Name(node) == "annotation-xml"
            && nodes.Attribute(node, "encoding")?.ToLowerInvariant() is "text/html" or "application/xhtml+xml",
        SoupNamespace.Svg => nodes.Name(node) is "foreignObject" or "desc" or "title",
        _ => false,
    };

    private bool Foreign(SoupToken token)
    {
        switch (token.Kind)
        {
            case SoupTokenKind.Characters when IsNul(token.Data):
                InsertText("\uFFFD".AsMemory());
                return false;
            case SoupTokenKind.Characters:
                framesetOk = framesetOk && !HasNonSpace(token.Data.Span);
                InsertText(token.Data);
                return false;
            case SoupTokenKind.Space:
                InsertText(token.Data);
                return false;
            case SoupTokenKind.StartTag:
                return StartTagInForeign(token.Tag!);
            case SoupTokenKind.EndTag:
                return EndTagInForeign(token.Tag!);
            case SoupTokenKind.Comment:
                nodes.Append(Current, nodes.CreateData(SoupNodeKind.Comment, "", token.Data.Span));
                return false;
            default:
                return false;
        }
    }

    private bool StartTagInForeign(SoupTag tag)
    {
        if (SoupElements.ForeignBreakout.Contains(tag.Name) || (tag.Name == "font" && tag.Attributes.Exists(pair => pair.Key is "color" or "face" or "size")))
        {
            while (nodes.Namespace(Current) != SoupNamespace.Html && !IsHtmlIntegrationPoint(Current)
                && !(nodes.Namespace(Current) == SoupNamespace.MathMl && SoupElements.MathMlText.Contains(nodes.Name(Current))))
            {
                open.Pop();
            }

            return true;
        }

        var space = nodes.Namespace(Current);
        if (space == SoupNamespace.MathMl)
        {
            AdjustMathMlAttributes(tag);
        }
        else if (space == SoupNamespace.Svg)
        {
            tag.Name = SoupElements.SvgTagNames.GetValueOrDefault(tag.Name, tag.Name);
            AdjustSvgAttributes(tag);
        }

        Insert(tag, space);
        if (tag.SelfClosing)
        {
            open.Pop();
        }

        return false;
    }

    private bool EndTagInForeign(SoupTag tag)
    {
        if (open.LastNamed(tag.Name) < 0 && !SoupElements.SvgTagNames.ContainsKey(tag.Name))
        {
            // no open element can match: the walk down the stack would reach the nearest HTML element and hand the tag to
            // the phase; going there at once keeps many stray end tags inside deep SVG linear
            return EndTag(mode, tag);
        }

        var index = open.Count - 1;
        var node = Current;
        while (true)
        {
            if (nodes.Name(node).ToLowerInvariant() == tag.Name)
            {
                if (mode == SoupInsertionMode.InTableText)
                {
                    LeaveTableText();
                }

                while (open.Pop() != node)
                {
                }

                return false;
            }

            index--;
            node = open[index];
            if (nodes.Namespace(node) == SoupNamespace.Html)
            {
                return EndTag(mode, tag);
            }
        }
    }

    /// <summary>&lt;math&gt; or &lt;svg&gt; in body: the root of foreign content.</summary>
    private void StartForeignRoot(SoupTag tag)
    {
        formatting.Reconstruct(ReopenFormatting);
        var space = tag.Name == "math" ? SoupNamespace.MathMl : SoupNamespace.Svg;
        if (space == SoupNamespace.MathMl)
        {
            AdjustMathMlAttributes(tag);
        }
        else
        {
            AdjustSvgAttributes(tag);
        }

        Insert(tag, space);
        if (tag.SelfClosing)
        {
            open.Pop();
        }
    }

    private static void AdjustSvgAttributes(SoupTag tag)
    {
        if (tag.Attributes.Exists(pair => SoupElements.SvgAttributes.ContainsKey(pair.Key)))
        {
            tag.Attributes = tag.Attributes.ConvertAll(pair => new KeyValuePair<string, string>(SoupElements.SvgAttributes.GetValueOrDefault(pair.Key, pair.Key), pair.Value));
        }
    }

    private static void AdjustMathMlAttributes(SoupTag tag)
    {
        if (tag.Attributes.Exists(pair => pair.Key == "definitionurl"))
        {
            tag.Attributes = tag.Attributes.ConvertAll(pair => new KeyValuePair<string, string>(pair.Key == "definitionurl" ? "definitionURL" : pair.Key, pair.Value));
        }
    }
}
