using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>Reading AngleSharp's tokens as html5lib's: text split into whitespace and the rest, raw text as written, names shared.</summary>
internal sealed partial class SoupTreeBuilder
{
    private void Run()
    {
        while (true)
        {
            tokenizer.IsAcceptingCharacterData = open.Count > 0 && nodes.Namespace(Current) != SoupNamespace.Html;
            var rawText = tokenizer.State != HtmlParseMode.PCData;
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    while (EndOfFile(mode))
                    {
                    }

                    return;
                case HtmlTokenType.Character:
                    var data = rawText ? AsWritten(token) : token.Data;
                    var spaces = 0;
                    while (spaces < data.Length && IsSpace(data[spaces]))
                    {
                        spaces++;
                    }

                    if (spaces > 0)
                    {
                        Dispatch(new SoupToken(SoupTokenKind.Space, data[..spaces], null));
                    }

                    if (spaces < data.Length)
                    {
                        Dispatch(new SoupToken(SoupTokenKind.Characters, spaces == 0 ? data : data[spaces..], null));
                    }

                    break;
                case HtmlTokenType.StartTag:
                case HtmlTokenType.EndTag:
                    var tag = token.AsTag();
                    Dispatch(new SoupToken(token.Type == HtmlTokenType.StartTag ? SoupTokenKind.StartTag : SoupTokenKind.EndTag, "", ToTag(tag)));
                    break;
                case HtmlTokenType.Comment:
                    Dispatch(new SoupToken(SoupTokenKind.Comment, token.Data, null));
                    break;
                case HtmlTokenType.Doctype:
                    Dispatch(new SoupToken(SoupTokenKind.Doctype, "", null, (HtmlDoctypeToken)token));
                    break;
            }
        }
    }

    private SoupTag ToTag(HtmlTagToken tag)
    {
        var attributes = new List<KeyValuePair<string, string>>(tag.Attributes.Count);
        foreach (var attribute in tag.Attributes)
        {
            if (!attributes.Exists(pair => pair.Key == attribute.Name))
            {
                attributes.Add(new(Shared(attribute.Name), Shared(attribute.Value)));
            }
        }

        return new SoupTag(Shared(tag.Name), attributes, tag.IsSelfClosing);
    }

    /// <summary>
    /// Raw text as the page wrote it: AngleSharp lowercases an end tag in raw text that turns out not to close the element
    /// (<c>&lt;iframe&gt;&lt;/P</c>), html5lib keeps it as written. Text whose source differs otherwise (entities, CR LF) is kept.
    /// </summary>
    private string AsWritten(HtmlToken token)
    {
        var data = token.Data;
        var start = token.Position.Position - 1;
        if (start < 0 || start + data.Length > source.Length)
        {
            return data;
        }

        var written = source.AsSpan(start, data.Length);
        return !written.SequenceEqual(data) && written.Equals(data, StringComparison.OrdinalIgnoreCase) ? written.ToString() : data;
    }

    /// <summary>One string object for each repeated name or value (the tokenizer makes a new one per tag), up to a limit.</summary>
    private string Shared(string text)
    {
        if (sharedStrings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (sharedStrings.Count < MaxSharedStrings)
        {
            sharedStrings[text] = text;
        }

        return text;
    }
}
