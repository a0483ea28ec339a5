using HydraEngine.Parsing.Documents.Soup.Tokenizer;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>Tags before the body: html5lib's initial, before html, before head, in head, in head noscript and after head phases.</summary>
internal sealed partial class SoupTreeBuilder
{
    private bool StartTagBeforeBody(SoupInsertionMode phase, SoupTag tag)
    {
        switch (phase)
        {
            case SoupInsertionMode.Initial or SoupInsertionMode.BeforeHtml:
                return EndOfFile(phase);
            case SoupInsertionMode.BeforeHead:
                if (tag.Name == "html")
                {
                    return StartTagInBody(tag);
                }

                if (tag.Name == "head")
                {
                    InsertHead(tag);
                    return false;
                }

                InsertHead(new SoupTag("head"));
                return true;
            case SoupInsertionMode.InHead:
                return StartTagInHead(tag);
            case SoupInsertionMode.InHeadNoscript:
                return StartTagInHeadNoscript(tag);
            default:
                return StartTagAfterHead(tag);
        }
    }

    private bool EndTagBeforeBody(SoupInsertionMode phase, SoupTag tag)
    {
        var closesHead = tag.Name is "head" or "body" or "html" or "br";
        switch (phase)
        {
            case SoupInsertionMode.Initial:
                return EndOfFile(phase);
            case SoupInsertionMode.BeforeHtml:
                if (closesHead)
                {
                    InsertHtml();
                }

                return closesHead;
            case SoupInsertionMode.BeforeHead:
                if (closesHead)
                {
                    InsertHead(new SoupTag("head"));
                }

                return closesHead;
            case SoupInsertionMode.InHead:
                if (tag.Name == "head")
                {
                    EndHead();
                    return false;
                }

                if (tag.Name is "br" or "html" or "body")
                {
                    EndHead();
                    return true;
                }

                return false;
            case SoupInsertionMode.InHeadNoscript:
                if (tag.Name is "noscript" or "br")
                {
                    EndNoscript();
                }

                return tag.Name == "br";
            default:
                if (tag.Name is "body" or "html" or "br")
                {
                    InsertImpliedBody();
                    return true;
                }

                return false;
        }
    }

    private bool StartTagInHead(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                return StartTagInBody(tag);
            case "title":
                ParseText(tag, SoupTokenizerState.Rcdata);
                return false;
            case "noframes" or "style":
                ParseText(tag, SoupTokenizerState.Rawtext);
                return false;
            case "noscript":
                Insert(tag);
                mode = SoupInsertionMode.InHeadNoscript;
                return false;
            case "script":
                ParseText(tag, SoupTokenizerState.ScriptData);
                return false;
            case "base" or "basefont" or "bgsound" or "command" or "link" or "meta":
                Insert(tag);
                open.Pop();
                return false;
            case "head":
                return false;
            default:
                EndHead();
                return true;
        }
    }

    private bool StartTagInHeadNoscript(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                return StartTagInBody(tag);
            case "basefont" or "bgsound" or "link" or "meta" or "noframes" or "style":
                return StartTagInHead(tag);
            case "head" or "noscript":
                return false;
            default:
                EndNoscript();
                return true;
        }
    }

    private bool StartTagAfterHead(SoupTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                return StartTagInBody(tag);
            case "body":
                framesetOk = false;
                Insert(tag);
                mode = SoupInsertionMode.InBody;
                return false;
            case "frameset":
                Insert(tag);
                mode = SoupInsertionMode.InFrameset;
                return false;
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "title":
                open.Push(head);
                StartTagInHead(tag);
                var index = open.LastNamed("head");
                if (index >= 0)
                {
                    open.Remove(open[index]);
                }

                return false;
            case "head":
                return false;
            default:
                InsertImpliedBody();
                return true;
        }
    }

    private void InsertHtml()
    {
        var html = nodes.CreateElement("html", SoupNamespace.Html, []);
        nodes.Append(SoupTree.DocumentNode, html);
        open.Push(html);
        mode = SoupInsertionMode.BeforeHead;
    }

    private void InsertHead(SoupTag tag)
    {
        head = Insert(tag);
        mode = SoupInsertionMode.InHead;
    }

    private void EndHead()
    {
        open.Pop();
        mode = SoupInsertionMode.AfterHead;
    }

    private void EndNoscript()
    {
        open.Pop();
        mode = SoupInsertionMode.InHead;
    }

    private void InsertImpliedBody()
    {
        Insert(new SoupTag("body"));
        mode = SoupInsertionMode.InBody;
        framesetOk = true;
    }
}
