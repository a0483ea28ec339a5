namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>Text, whitespace and the end of the input in each phase, and the text phase's end tag.</summary>
internal sealed partial class SoupTreeBuilder
{
    private bool Characters(SoupInsertionMode phase, ReadOnlyMemory<char> data)
    {
        switch (phase)
        {
            case SoupInsertionMode.InBody or SoupInsertionMode.InCaption or SoupInsertionMode.InCell or SoupInsertionMode.InTableText
                or SoupInsertionMode.InSelect or SoupInsertionMode.InSelectInTable when IsNul(data):
                return false;
            case SoupInsertionMode.InTable or SoupInsertionMode.InTableBody or SoupInsertionMode.InRow when IsNul(data):
                tableTextMode = mode;
                mode = SoupInsertionMode.InTableText;
                return false;
            case SoupInsertionMode.Initial or SoupInsertionMode.BeforeHtml or SoupInsertionMode.BeforeHead or SoupInsertionMode.InHead
                or SoupInsertionMode.InHeadNoscript or SoupInsertionMode.AfterHead:
                return EndOfFile(phase);
            case SoupInsertionMode.InBody or SoupInsertionMode.InCaption or SoupInsertionMode.InCell:
                formatting.Reconstruct(ReopenFormatting);
                InsertText(data);
                framesetOk = framesetOk && !HasNonSpace(data.Span);
                return false;
            case SoupInsertionMode.InTable or SoupInsertionMode.InTableBody or SoupInsertionMode.InRow:
                tableTextMode = mode;
                mode = SoupInsertionMode.InTableText;
                tableText.Add(data);
                return false;
            case SoupInsertionMode.InTableText:
                tableText.Add(data);
                return false;
            case SoupInsertionMode.InColumnGroup:
                return EndColumnGroup();
            case SoupInsertionMode.AfterBody or SoupInsertionMode.AfterAfterBody:
                mode = SoupInsertionMode.InBody;
                return true;
            case SoupInsertionMode.InFrameset or SoupInsertionMode.AfterFrameset or SoupInsertionMode.AfterAfterFrameset:
                return false;
            default:
                InsertText(data);
                return false;
        }
    }

    private bool Space(SoupInsertionMode phase, ReadOnlyMemory<char> data)
    {
        switch (phase)
        {
            case SoupInsertionMode.Initial or SoupInsertionMode.BeforeHtml or SoupInsertionMode.BeforeHead:
                return false;
            case SoupInsertionMode.InBody or SoupInsertionMode.AfterAfterBody or SoupInsertionMode.AfterAfterFrameset:
                SpaceInBody(data);
                return false;
            case SoupInsertionMode.InTable or SoupInsertionMode.InTableBody or SoupInsertionMode.InRow or SoupInsertionMode.InTableText:
                return Characters(phase, data);
            default:
                InsertText(data);
                return false;
        }
    }

    /// <summary>Whitespace in body: a newline right after &lt;pre&gt;, &lt;listing&gt; or &lt;textarea&gt; is dropped.</summary>
    private void SpaceInBody(ReadOnlyMemory<char> data)
    {
        if (dropNewline)
        {
            dropNewline = false;
            if (data.Span.StartsWith('\n') && nodes.Name(Current) is "pre" or "listing" or "textarea" && !nodes.HasChildren(Current))
            {
                data = data[1..];
            }

            if (data.Length == 0)
            {
                return;
            }
        }

        formatting.Reconstruct(ReopenFormatting);
        InsertText(data);
    }

    /// <summary>
    /// Leaves the table text phase for the phase it came from: all whitespace is inserted as it is; anything else is
    /// foster-parented as body text.
    /// </summary>
    private void LeaveTableText()
    {
        var data = string.Concat(tableText.ConvertAll(static text => text.ToString()));
        tableText.Clear();
        if (HasNonSpace(data))
        {
            fromTable = true;
            Characters(SoupInsertionMode.InBody, data.AsMemory());
            fromTable = false;
        }
        else if (data.Length > 0)
        {
            nodes.InsertText(Current, data);
        }

        mode = tableTextMode;
    }

    /// <summary>The end of the input in a phase; true to run the (new) phase's end of input too.</summary>
    private bool EndOfFile(SoupInsertionMode phase)
    {
        switch (phase)
        {
            case SoupInsertionMode.Initial:
                quirks = true;
                mode = SoupInsertionMode.BeforeHtml;
                return true;
            case SoupInsertionMode.BeforeHtml:
                InsertHtml();
                return true;
            case SoupInsertionMode.BeforeHead:
                InsertHead(new SoupTag("head"));
                return true;
            case SoupInsertionMode.InHead:
                EndHead();
                return true;
            case SoupInsertionMode.InHeadNoscript:
                EndNoscript();
                return true;
            case SoupInsertionMode.AfterHead:
                InsertImpliedBody();
                return true;
            case SoupInsertionMode.Text:
                open.Pop();
                mode = originalMode;
                return true;
            case SoupInsertionMode.InTableText:
                LeaveTableText();
                return true;
            case SoupInsertionMode.InColumnGroup:
                return nodes.Name(Current) != "html" && EndColumnGroup();
            default:
                return false;
        }
    }

    /// <summary>An end tag in the text phase closes the raw text element.</summary>
    private bool EndTagInText()
    {
        open.Pop();
        mode = originalMode;
        return false;
    }
}
